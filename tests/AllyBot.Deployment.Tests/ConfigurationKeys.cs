using System.Text.RegularExpressions;

namespace AllyBot.Deployment.Tests;

/// <summary>The host's configuration keys that deployment files may set, and how to find them in those files.</summary>
internal static partial class ConfigurationKeys
{
    /// <summary>
    /// Keys from README.md's configuration table and shared/design/architecture.md's fixed names, plus
    /// DataProtection:KeysPath (the host's data-protection key folder, AllyBot.Host/Startup/DataProtectionServices.cs).
    /// A deployment file that sets any other <c>Section__Key</c> variable is setting something the host never reads.
    /// </summary>
    public static readonly IReadOnlySet<string> Allowed = new HashSet<string>(StringComparer.Ordinal)
    {
        "Rules:Path",
        "Storage:Provider",
        "ConnectionStrings:AllyBot",
        "Privacy:PseudonymSecret",
        "DataProtection:KeysPath",
        "Nudges:RateLimitWindow",
        "Nudges:SnoozeButtonDuration",
        "Inbox:PollInterval",
        "Inbox:Lease",
        "Inbox:RetryDelay",
        "Inbox:KeepCompletedFor",
        "Playground:Enabled",
        "Slack:SigningSecret",
        "Slack:BotToken",
        "Slack:ClientId",
        "Slack:ClientSecret",
        "Slack:AppToken",
        "Slack:ApiBaseUrl",
        "Teams:AppId",
        "Teams:AppPassword",
        "Teams:CertificateThumbprint",
        "Teams:TenantId",
        "Teams:OpenIdMetadataUrl",
        "Teams:TokenEndpoint",
        "Teams:AllowedServiceUrls",
        "Language:Endpoint",
        "Language:Key",
        "Language:TimeoutMs",
        "Language:PiiTimeoutMs",
        "Language:DefaultLanguage",
        "Language:Classification:Project",
        "Language:Classification:Deployment",
        "Language:Classification:Labels",
        "Language:Classification:MultiLabel",
        "Language:Classification:MinConfidence",
    };

    /// <summary>Environment variable names with <c>__</c> (ASP.NET Core's section separator) in a text.</summary>
    public static IReadOnlyList<string> EnvironmentNames(string text) =>
        [.. DoubleUnderscoreName().Matches(text).Select(m => m.Value).Distinct(StringComparer.Ordinal)];

    /// <summary><c>Teams__AllowedServiceUrls__0</c> → <c>Teams:AllowedServiceUrls</c> (list indexes dropped).</summary>
    public static string ToKey(string environmentName) =>
        string.Join(':', environmentName.Split("__").Where(part => !part.All(char.IsAsciiDigit)));

    [GeneratedRegex(@"(?<![A-Za-z0-9_])[A-Za-z][A-Za-z0-9]*(?:__[A-Za-z0-9]+)+(?![A-Za-z0-9_])")]
    private static partial Regex DoubleUnderscoreName();
}
