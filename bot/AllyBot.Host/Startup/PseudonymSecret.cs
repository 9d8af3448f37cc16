using System.Security.Cryptography;

namespace AllyBot.Host.Startup;

/// <summary>
/// The secret behind member pseudonyms: <c>Privacy:PseudonymSecret</c> (base64, at least 32 bytes; the same on every
/// instance), or for a single local instance a random key kept in the data folder. Destroying it unlinks all rows.
/// </summary>
internal static class PseudonymSecret
{
    public const string Key = "Privacy:PseudonymSecret";

    public static byte[] Load(IConfiguration configuration, string dataFolder)
    {
        if (configuration[Key] is { Length: > 0 } configured)
        {
            try
            {
                var bytes = Convert.FromBase64String(configured);
                return bytes.Length >= 32 ? bytes : throw new StartupException($"{Key} must decode to at least 32 bytes; it has {bytes.Length}.");
            }
            catch (FormatException)
            {
                throw new StartupException($"{Key} is not base64. Generate one with: openssl rand -base64 32");
            }
        }

        var file = Path.Combine(dataFolder, "pseudonym.key");
        try
        {
            if (File.Exists(file))
            {
                return Convert.FromBase64String(File.ReadAllText(file).Trim());
            }

            Directory.CreateDirectory(dataFolder);
            var secret = RandomNumberGenerator.GetBytes(32);
            File.WriteAllText(file, Convert.ToBase64String(secret));
            return secret;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            throw new StartupException($"Cannot read or create the pseudonym key '{file}' ({e.Message}): make the folder writable or set {Key}.", e);
        }
    }
}
