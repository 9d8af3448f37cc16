namespace AllyBot.Core.Language;

/// <summary>Azure AI Language (optional) and the language AllyBot assumes when it cannot tell.</summary>
public sealed class LanguageOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Language";

    /// <summary>The Azure AI Language resource, like <c>https://my-lang.cognitiveservices.azure.com/</c>. <value>Default: none (rules-only, local guess).</value></summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The resource key (<c>Ocp-Apim-Subscription-Key</c>). <value>Default: none, which means Entra ID (managed identity or the environment's credential).</value></summary>
    public string? Key { get; set; }

    /// <summary>The most a message's nudge may wait for the service, in milliseconds. <value>Default: 300.</value></summary>
    public int TimeoutMs { get; set; } = 300;

    /// <summary>The most storing a credit may wait for PII recognition, in milliseconds. <value>Default: 3000.</value></summary>
    public int PiiTimeoutMs { get; set; } = 3000;

    /// <summary>The language assumed when neither the local guess nor the service can tell. <value>Default: <c>en</c>.</value></summary>
    public string DefaultLanguage { get; set; } = "en";

    /// <summary>A custom text classification deployment whose labels become <c>azure/&lt;label&gt;</c> findings. <value>Default: none.</value></summary>
    public LanguageClassificationOptions Classification { get; set; } = new();

    /// <summary>Whether Azure AI Language is configured at all.</summary>
    public bool UsesService => Endpoint is not null;

    /// <summary>The resource key, or null for Entra ID (an empty key counts as none).</summary>
    public string? KeyOrNull => string.IsNullOrWhiteSpace(Key) ? null : Key.Trim();

    /// <summary><see cref="TimeoutMs"/> as a duration.</summary>
    public TimeSpan Budget => TimeSpan.FromMilliseconds(TimeoutMs);

    /// <summary><see cref="PiiTimeoutMs"/> as a duration.</summary>
    public TimeSpan PiiBudget => TimeSpan.FromMilliseconds(PiiTimeoutMs);

    /// <summary>Every problem with these options, empty when they are valid.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Endpoint is { } endpoint)
        {
            if (!endpoint.IsAbsoluteUri || endpoint.Scheme is not ("https" or "http") || !string.IsNullOrEmpty(endpoint.Query) || !string.IsNullOrEmpty(endpoint.UserInfo))
            {
                problems.Add($"Language:Endpoint must be an absolute https URL without query or credentials, like https://my-lang.cognitiveservices.azure.com/, not '{endpoint}'.");
            }
            else if (endpoint.Scheme == "http" && !endpoint.IsLoopback)
            {
                problems.Add($"Language:Endpoint must use https (message text travels to it); plain http is allowed only for a loopback test service, not '{endpoint}'.");
            }
        }

        else if (KeyOrNull is not null)
        {
            problems.Add("Language:Key is set but Language:Endpoint is not: set the resource's endpoint too, or remove the key.");
        }

        problems.AddRange(Classification.Problems(Endpoint is not null));

        if (TimeoutMs is < 10 or > 10_000)
        {
            problems.Add($"Language:TimeoutMs must be between 10 and 10000, not {TimeoutMs}.");
        }

        if (PiiTimeoutMs is < 10 or > 60_000)
        {
            problems.Add($"Language:PiiTimeoutMs must be between 10 and 60000, not {PiiTimeoutMs}.");
        }

        if (string.IsNullOrWhiteSpace(DefaultLanguage) || DefaultLanguage.Length is < 2 or > 8 || !DefaultLanguage.All(char.IsAsciiLetter))
        {
            problems.Add($"Language:DefaultLanguage must be a language code like 'en', not '{DefaultLanguage}'.");
        }

        return problems;
    }
}
