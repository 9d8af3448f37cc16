using AllyBot.Storage;

namespace AllyBot.Host.Startup;

/// <summary>Binds <c>Storage:Provider</c> and <c>ConnectionStrings:AllyBot</c> (default: a SQLite file in the data folder).</summary>
internal static class StorageServices
{
    public static IServiceCollection AddAllyBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new StorageOptions
        {
            Provider = configuration[$"{StorageOptions.SectionName}:Provider"] ?? StorageOptions.SqliteProvider,
            ConnectionString = configuration.GetConnectionString(StorageOptions.ConnectionStringName) is { Length: > 0 } configured
                ? configured
                : AllyBotPaths.DefaultConnectionString,
        };
        return StorageServiceCollectionExtensions.AddAllyBotStorage(services, options);
    }

    /// <summary>Brings the schema up to date before anything is served.</summary>
    public static async Task MigrateAllyBotDatabaseAsync(this IServiceProvider services) =>
        await services.GetRequiredService<AllyBotDatabase>().MigrateAsync();
}
