using System.Text.Json;
using AllyBot.Teams.Wire;
using Microsoft.Extensions.Options;

namespace AllyBot.Teams.Tokens;

/// <summary>
/// OAuth 2.0 client credentials as one form POST to <c>Teams:TokenEndpoint</c> (protocols.md §1.3), with a client
/// secret or a certificate-signed client assertion. Cached until five minutes before expiry.
/// </summary>
/// <remarks>
/// Not MSAL: MSAL takes an authority, derives the token path from it and requires https, so it cannot be pointed at the
/// complete-URL <c>Teams:TokenEndpoint</c> that architecture.md fixes (and that tests aim at a loopback http fake).
/// The request is the one MSAL sends for AcquireTokenForClient.
/// </remarks>
internal sealed class ClientCredentialsTokenProvider(
    IHttpClientFactory httpClients,
    IOptions<TeamsOptions> options,
    ClientAssertionFactory assertions,
    TimeProvider clock) : IBotTokenProvider, IDisposable
{
    public const string HttpClientName = "AllyBot.Teams.Token";

    public static readonly TimeSpan RefreshAhead = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _lock = new(1, 1);
    private (string Token, DateTimeOffset RefreshAt)? _cached;

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        if (_cached is { } hit && clock.GetUtcNow() < hit.RefreshAt)
        {
            return hit.Token;
        }

        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_cached is { } again && clock.GetUtcNow() < again.RefreshAt)
            {
                return again.Token;
            }

            var (token, lifetime) = await RequestAsync(cancellationToken).ConfigureAwait(false);
            var ahead = lifetime > RefreshAhead * 2 ? RefreshAhead : lifetime / 2;
            _cached = (token, clock.GetUtcNow() + lifetime - ahead);
            return token;
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose() => _lock.Dispose();

    private async Task<(string Token, TimeSpan Lifetime)> RequestAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var endpoint = new Uri(settings.EffectiveTokenEndpoint);
        var form = new List<KeyValuePair<string, string>>
        {
            new("grant_type", "client_credentials"),
            new("client_id", settings.AppId),
            new("scope", BotTokenScopes.BotFramework),
        };
        if (settings.CredentialKind == TeamsCredentialKind.Certificate)
        {
            form.Add(new("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"));
            form.Add(new("client_assertion", assertions.Create(endpoint)));
        }
        else
        {
            form.Add(new("client_secret", settings.AppPassword ?? ""));
        }

        using var content = new FormUrlEncodedContent(form);
        using var response = await httpClients.CreateClient(HttpClientName).PostAsync(endpoint, content, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new TokenAcquisitionException($"The token endpoint answered {(int)response.StatusCode} ({OAuthError(body)}).");
        }

        try
        {
            var token = JsonSerializer.Deserialize(body, TeamsJson.Default.TokenResponse);
            return token is { AccessToken.Length: > 0 }
                ? (token.AccessToken, TimeSpan.FromSeconds(Math.Max(token.ExpiresIn, 60)))
                : throw new TokenAcquisitionException("The token endpoint answered without an access_token.");
        }
        catch (JsonException e)
        {
            throw new TokenAcquisitionException("The token endpoint answered with something other than a token.", e);
        }
    }

    private static string OAuthError(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String
                ? error.GetString() ?? "no error code"
                : "no error code";
        }
        catch (JsonException)
        {
            return "no error code";
        }
    }
}
