using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace AllyBot.Teams.Auth;

/// <summary>
/// Fetches the OpenID metadata and its JWKS (protocols.md §1.2 step 2), keeps them for a day, and refreshes early when a
/// token names an unknown key id, at most once a minute. Endorsements are read from the raw JWKS because
/// <see cref="JsonWebKey"/> has no property for them.
/// </summary>
internal sealed class SigningKeyCache(IHttpClientFactory httpClients, IOptions<TeamsOptions> options, TimeProvider clock, ILogger<SigningKeyCache> logger) : IDisposable
{
    public const string HttpClientName = "AllyBot.Teams.OpenId";

    public static readonly TimeSpan RefreshAfter = TimeSpan.FromHours(24);

    public static readonly TimeSpan MinimumRefreshInterval = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _lock = new(1, 1);
    private SigningKeySet? _current;

    /// <summary>The cached keys, fetched first if missing or older than <see cref="RefreshAfter"/>.</summary>
    public Task<SigningKeySet> GetAsync(CancellationToken cancellationToken = default) => GetAsync(RefreshAfter, cancellationToken);

    /// <summary>Refetches because a token named a key we do not know, unless the last fetch was under a minute ago.</summary>
    public Task<SigningKeySet> RefreshForUnknownKeyAsync(CancellationToken cancellationToken = default) => GetAsync(MinimumRefreshInterval, cancellationToken);

    public void Dispose() => _lock.Dispose();

    private async Task<SigningKeySet> GetAsync(TimeSpan maxAge, CancellationToken cancellationToken)
    {
        if (_current is { } fresh && clock.GetUtcNow() - fresh.FetchedAt < maxAge)
        {
            return fresh;
        }

        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_current is { } again && clock.GetUtcNow() - again.FetchedAt < maxAge)
            {
                return again;
            }

            try
            {
                _current = await FetchAsync(cancellationToken).ConfigureAwait(false);
                TeamsLog.SigningKeysFetched(logger, _current.Keys.Count);
                return _current;
            }
            catch (Exception e) when (e is HttpRequestException or JsonException or ArgumentException or InvalidOperationException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                TeamsLog.SigningKeysUnavailable(logger, e);
                return _current ?? throw new SigningKeysUnavailableException("The Bot Framework signing keys could not be fetched.", e);
            }
        }
        finally
        {
            _lock.Release();
        }
    }

    private async Task<SigningKeySet> FetchAsync(CancellationToken cancellationToken)
    {
        var client = httpClients.CreateClient(HttpClientName);
        var metadataUrl = new Uri(options.Value.OpenIdMetadataUrl);
        var metadataJson = await client.GetStringAsync(metadataUrl, cancellationToken).ConfigureAwait(false);
        var metadata = OpenIdConnectConfiguration.Create(metadataJson);
        if (!Uri.TryCreate(metadata.JwksUri, UriKind.Absolute, out var jwksUri)
            || (jwksUri.Scheme != Uri.UriSchemeHttps && !(jwksUri.Scheme == Uri.UriSchemeHttp && metadataUrl.Scheme == Uri.UriSchemeHttp)))
        {
            throw new InvalidOperationException("The OpenID metadata has no usable jwks_uri.");
        }

        var jwksJson = await client.GetStringAsync(jwksUri, cancellationToken).ConfigureAwait(false);
        var keys = new JsonWebKeySet(jwksJson).Keys.Cast<SecurityKey>().ToList();
        return new SigningKeySet(keys, ReadEndorsements(jwksJson), clock.GetUtcNow());
    }

    private static Dictionary<string, IReadOnlyList<string>> ReadEndorsements(string jwksJson)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(jwksJson);
        if (!document.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
        {
            return result;
        }

        foreach (var key in keys.EnumerateArray())
        {
            if (key.ValueKind == JsonValueKind.Object
                && key.TryGetProperty("kid", out var kid) && kid.ValueKind == JsonValueKind.String
                && key.TryGetProperty("endorsements", out var endorsements) && endorsements.ValueKind == JsonValueKind.Array)
            {
                result[kid.GetString()!] = [.. endorsements.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)];
            }
        }

        return result;
    }
}
