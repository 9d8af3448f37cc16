namespace AllyBot.Core.Language.Azure;

/// <summary>The resource key, sent as <c>Ocp-Apim-Subscription-Key</c>.</summary>
public sealed class SubscriptionKeyCredential : ILanguageServiceCredential
{
    /// <summary>The header Azure AI services read the key from.</summary>
    public const string Header = "Ocp-Apim-Subscription-Key";

    private readonly string _key;

    public SubscriptionKeyCredential(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        _key = key;
    }

    public ValueTask AuthenticateAsync(HttpRequestMessage request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.Remove(Header);
        request.Headers.Add(Header, _key);
        return ValueTask.CompletedTask;
    }

    /// <summary>Never prints the key.</summary>
    public override string ToString() => "SubscriptionKeyCredential { *** }";
}
