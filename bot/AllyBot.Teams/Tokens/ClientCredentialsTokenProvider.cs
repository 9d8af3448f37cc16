using System.Collections.Concurrent;
using System.Text.Json;
using AllyBot.Teams.Wire;
using Microsoft.Extensions.Options;

namespace AllyBot.Teams.Tokens;

/// <summary>
/// OAuth 2.0 client credentials as one form POST to <c>Teams:TokenEndpoint</c> (protocols.md §1.3), with a client
/// secret or a certificate-signed client assertion; Graph tokens the same way from the team's tenant
/// (<c>Teams:GraphTokenEndpoint</c>). Each is cached until five minutes before expiry.
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
    TimeProvider clock) : IBotTokenProvider, IGraphTokenProvider, IDisposable
{
    public const string HttpClientName = "AllyBot.Teams.Token";

    public static readonly TimeSpan RefreshAhead = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly ConcurrentDictionary<(string Endpoint, string Scope), (string Token, DateTimeOffset RefreshAt)> _cached = new();

    public Task<string?> GetTokenAsync(CancellationToken cancellationToken = default) =>
        GetAsync(options.Value.EffectiveTokenEndpoint, BotTokenScopes.BotFramework, cancellationToken)!;

    /// <summary>An app-only Graph token issued by <paramref name="tenantId"/> (where the team's RSC grant lives).</summary>
    public Task<string?> GetGraphTokenAsync(string tenantId, CancellationToken cancellationToken = default) =>
        GetAsync(options.Value.GraphTokenEndpointFor(tenantId), BotTokenScopes.Graph, cancellationToken)!;

    public void Dispose() => _lock.Dispose();

    private async Task<string> GetAsync(string endpoint, string scope, CancellationToken cancellationToken)
    {
        var key = (endpoint, scope);
        if (_cached.TryGetValue(key, out var hit) && clock.GetUtcNow() < hit.RefreshAt)
        {
            return hit.Token;
        }

        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_cached.TryGetValue(key, out var again) && clock.GetUtcNow() < again.RefreshAt)
            {
                return again.Token;
            }

            var (token, lifetime) = await RequestAsync(new Uri(endpoint), scope, cancellationToken).ConfigureAwait(false);
            var ahead = lifetime > RefreshAhead * 2 ? RefreshAhead : lifetime / 2;
            _cached[key] = (token, clock.GetUtcNow() + lifetime - ahead);
            return token;
        }
        finally
        {
            _lock.Release();
        }
    }

    private async Task<(string Token, TimeSpan Lifetime)> RequestAsync(Uri endpoint, string scope, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var form = new List<KeyValuePair<string, string>>
        {
            new("grant_type", "client_credentials"),
            new("client_id", settings.AppId),
            new("scope", scope),
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
