using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AllyBot.Teams.Tests.Support;

/// <summary>
/// A local stand-in for login.botframework.com: an RSA key, OpenID metadata and a JWKS (with endorsements) served by
/// an in-process handler, and a minter for channel tokens.
/// </summary>
internal sealed class TestIssuer : IDisposable
{
    public const string MetadataUrl = "https://login.test/v1/.well-known/openidconfiguration";
    public const string KeysUrl = "https://login.test/v1/.well-known/keys";
    public const string AppId = "5f0c3b1e-7a2d-4c8e-9b6f-2d1e0a9c8b7a";
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    private readonly List<(RSA Key, string Kid, string[] Endorsements)> _published = [];

    public TestIssuer()
    {
        Handler = new FakeHttpHandler(Respond);
        Current = AddKey("key-1", ["msteams", "webchat"]);
    }

    public FakeHttpHandler Handler { get; }

    public (RSA Key, string Kid, string[] Endorsements) Current { get; private set; }

    /// <summary>When true, the metadata and keys answer 503.</summary>
    public bool Unavailable { get; set; }

    public int KeyFetches => Handler.Requests.Count(r => r.Uri.AbsoluteUri == KeysUrl);

    /// <summary>Publishes a new key and signs with it from now on (a key rotation).</summary>
    public (RSA Key, string Kid, string[] Endorsements) AddKey(string kid, string[] endorsements)
    {
        var key = (RSA.Create(2048), kid, endorsements);
        _published.Add(key);
        Current = key;
        return key;
    }

    public string Mint(DateTimeOffset now, string? audience = AppId, string issuer = "https://api.botframework.com", string? serviceUrl = ServiceUrl,
        TimeSpan? expiresIn = null, string algorithm = SecurityAlgorithms.RsaSha256, RSA? key = null, string? kid = null)
    {
        var claims = new Dictionary<string, object>();
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        var expires = now + (expiresIn ?? TimeSpan.FromHours(1));
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = (expires - TimeSpan.FromHours(1)).UtcDateTime,
            NotBefore = (expires - TimeSpan.FromHours(1)).UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key ?? Current.Key) { KeyId = kid ?? Current.Kid }, algorithm),
        });
    }

    /// <summary>An unsigned token (<c>alg: none</c>) with otherwise perfect claims.</summary>
    public static string MintUnsigned(DateTimeOffset now)
    {
        static string Encode(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));
        var payload = new JsonObject
        {
            ["iss"] = "https://api.botframework.com",
            ["aud"] = AppId,
            ["serviceurl"] = ServiceUrl,
            ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["exp"] = now.AddHours(1).ToUnixTimeSeconds(),
        };
        return Encode("""{"alg":"none","typ":"JWT"}""") + "." + Encode(payload.ToJsonString()) + ".";
    }

    public void Dispose()
    {
        foreach (var (key, _, _) in _published)
        {
            key.Dispose();
        }
    }

    private HttpResponseMessage Respond(HttpRequestMessage request) => request.RequestUri!.AbsoluteUri switch
    {
        _ when Unavailable => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable),
        MetadataUrl => FakeHttpHandler.Json(HttpStatusCode.OK, new JsonObject
        {
            ["issuer"] = "https://api.botframework.com",
            ["jwks_uri"] = KeysUrl,
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        }.ToJsonString()),
        KeysUrl => FakeHttpHandler.Json(HttpStatusCode.OK, Jwks()),
        _ => new HttpResponseMessage(HttpStatusCode.NotFound),
    };

    private string Jwks()
    {
        var keys = new JsonArray();
        foreach (var (key, kid, endorsements) in _published)
        {
            var parameters = key.ExportParameters(includePrivateParameters: false);
            keys.Add(new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = kid,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                ["endorsements"] = new JsonArray([.. endorsements.Select(e => (JsonNode?)JsonValue.Create(e))]),
            });
        }

        return new JsonObject { ["keys"] = keys }.ToJsonString();
    }
}
