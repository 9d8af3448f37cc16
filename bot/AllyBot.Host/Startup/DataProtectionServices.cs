using Microsoft.AspNetCore.DataProtection;

namespace AllyBot.Host.Startup;

/// <summary>
/// Encrypts secrets at rest (Slack bot tokens, Teams conversation references) with ASP.NET Core Data Protection.
/// Keys live in <c>DataProtection:KeysPath</c> (default: the data folder); instances that share a database must
/// share this folder too.
/// </summary>
internal static class DataProtectionServices
{
    public const string KeysPathKey = "DataProtection:KeysPath";

    public static IServiceCollection AddAllyBotDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var keys = configuration[KeysPathKey] is { Length: > 0 } configured ? configured : Path.Combine(AllyBotPaths.DataFolder, "keys");
        try
        {
            Directory.CreateDirectory(keys);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StartupException($"Cannot create the encryption key folder '{keys}' ({e.Message}): make it writable or set {KeysPathKey}.", e);
        }

        services.AddDataProtection().SetApplicationName("AllyBot").PersistKeysToFileSystem(new DirectoryInfo(keys));
        return services;
    }
}
