using Microsoft.Extensions.Options;
using Npgsql;

namespace AllyBot.Storage;

/// <summary>Checks <see cref="StorageOptions"/>; register it with <c>ValidateOnStart</c> so a bad setting stops start-up with one clear message.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    private const string PostgresExample = "Host=db.example;Port=5432;Database=allybot;Username=allybot;Password=...";

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string> failures = [];
        if (!options.IsSqlite && !options.IsPostgres)
        {
            failures.Add($"{StorageOptions.SectionName}:Provider '{options.Provider}' is not a known database provider. Use '{StorageOptions.SqliteProvider}' (the default) or '{StorageOptions.PostgresProvider}'.");
        }

        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add($"ConnectionStrings:{StorageOptions.ConnectionStringName} is empty. Set it, e.g. 'Data Source=/var/lib/allybot/allybot.db' for SQLite or '{PostgresExample}' for PostgreSQL.");
        }
        else if (options.IsPostgres && PostgresConnectionStringProblem(options.ConnectionString) is { } problem)
        {
            failures.Add($"ConnectionStrings:{StorageOptions.ConnectionStringName} is not a PostgreSQL connection string ({problem}). Set it like '{PostgresExample}'.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>What is wrong with a PostgreSQL connection string, without repeating it (it may hold a password); null when usable.</summary>
    private static string? PostgresConnectionStringProblem(string connectionString)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            return e.Message;
        }

        return string.IsNullOrWhiteSpace(builder.Host) ? "it names no Host" : null;
    }
}
