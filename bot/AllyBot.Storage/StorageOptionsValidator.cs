using Microsoft.Extensions.Options;

namespace AllyBot.Storage;

/// <summary>Checks <see cref="StorageOptions"/>; register it with <c>ValidateOnStart</c> so a bad setting stops start-up with one clear message.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string> failures = [];
        if (options.IsPostgres)
        {
            failures.Add($"{StorageOptions.SectionName}:Provider '{options.Provider}' is not available yet in this version of AllyBot. Use '{StorageOptions.SqliteProvider}' (the default) for now.");
        }
        else if (!options.IsSqlite)
        {
            failures.Add($"{StorageOptions.SectionName}:Provider '{options.Provider}' is not a known database provider. Use '{StorageOptions.SqliteProvider}' (the default) or '{StorageOptions.PostgresProvider}'.");
        }

        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add($"ConnectionStrings:{StorageOptions.ConnectionStringName} is empty. Set it, e.g. 'Data Source=/var/lib/allybot/allybot.db' for SQLite.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
