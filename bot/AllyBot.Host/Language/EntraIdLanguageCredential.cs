using System.Net.Http.Headers;
using AllyBot.Core.Language.Azure;
using Azure.Core;

namespace AllyBot.Host.Language;

/// <summary>
/// An Entra ID bearer token for Azure AI Language (scope <see cref="Scope"/>) from the host's credential (managed
/// identity, workload identity, environment or developer sign-in via <c>DefaultAzureCredential</c>). The token is kept
/// until five minutes before it expires. A fetch is not tied to the message that needed it: when a fetch takes longer
/// than that message's budget, the message goes on rules-only and the fetch still completes for the next one.
/// </summary>
internal sealed class EntraIdLanguageCredential(TokenCredential credential, TimeProvider clock) : ILanguageServiceCredential
{
    /// <summary>The scope of Azure AI services tokens.</summary>
    public const string Scope = "https://cognitiveservices.azure.com/.default";

    private static readonly TimeSpan RefreshBefore = TimeSpan.FromMinutes(5);

    private readonly Lock _lock = new();
    private Task<AccessToken>? _token;

    public async ValueTask AuthenticateAsync(HttpRequestMessage request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var token = await CurrentAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
    }

    private Task<AccessToken> CurrentAsync()
    {
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            if (_token is null
                || _token.IsFaulted
                || _token.IsCanceled
                || (_token.IsCompletedSuccessfully && _token.Result.ExpiresOn - RefreshBefore <= now))
            {
                _token = credential.GetTokenAsync(new TokenRequestContext([Scope]), CancellationToken.None).AsTask();
            }

            return _token;
        }
    }

    /// <summary>Never prints a token.</summary>
    public override string ToString() => "EntraIdLanguageCredential { *** }";
}
