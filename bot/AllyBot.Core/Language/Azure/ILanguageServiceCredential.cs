namespace AllyBot.Core.Language.Azure;

/// <summary>Authenticates a request to Azure AI Language: a resource key, or an Entra ID token (the host's).</summary>
public interface ILanguageServiceCredential
{
    /// <summary>Adds the credential's header to <paramref name="request"/>.</summary>
    ValueTask AuthenticateAsync(HttpRequestMessage request, CancellationToken cancellationToken = default);
}
