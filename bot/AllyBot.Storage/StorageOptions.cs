namespace AllyBot.Storage;

/// <summary>Which database AllyBot keeps its state in. Bound from the <c>Storage</c> section and <c>ConnectionStrings:AllyBot</c>.</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section holding <see cref="Provider"/>.</summary>
    public const string SectionName = "Storage";

    /// <summary>The name of the connection string in <c>ConnectionStrings</c>.</summary>
    public const string ConnectionStringName = "AllyBot";

    /// <summary>The SQLite provider: one file, no server.</summary>
    public const string SqliteProvider = "Sqlite";

    /// <summary>The PostgreSQL provider, for several instances sharing one database.</summary>
    public const string PostgresProvider = "Postgres";

    /// <summary>The database provider, <see cref="SqliteProvider"/> or <see cref="PostgresProvider"/> (case-insensitive).</summary>
    /// <value>Default: <see cref="SqliteProvider"/>.</value>
    public string Provider { get; set; } = SqliteProvider;

    /// <summary>The provider's connection string, used as given (the host chooses the default SQLite file).</summary>
    /// <value>Default: empty, which is invalid.</value>
    public string ConnectionString { get; set; } = "";

    /// <summary>Whether <see cref="Provider"/> names SQLite.</summary>
    public bool IsSqlite => string.Equals(Provider, SqliteProvider, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <see cref="Provider"/> names PostgreSQL.</summary>
    public bool IsPostgres => string.Equals(Provider, PostgresProvider, StringComparison.OrdinalIgnoreCase);
}
