using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AllyBot.Teams.Auth;

/// <summary>
/// Verifies channel-to-bot tokens exactly as protocols.md §1.2 and botframework-connector 4.23.3 do: signature by a
/// key from the OpenID metadata (RS256/384/512), issuer <c>https://api.botframework.com</c>, audience = app id, lifetime
/// with 5 minutes of skew, then <c>serviceurl</c> equal to the activity's and the key endorsed for its channelId.
/// </summary>
internal sealed class BotTokenValidator(
    SigningKeyCache keys,
    IOptions<TeamsOptions> options,
    IHostEnvironment environment,
    TimeProvider clock,
    ILogger<BotTokenValidator> logger)
{
    public const string Issuer = "https://api.botframework.com";

    public const string ServiceUrlClaim = "serviceurl";

    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    /// <summary>True when requests without a token are accepted: no app id, and only in Development.</summary>
    public bool AnonymousAllowed => !options.Value.AuthenticationEnabled && environment.IsDevelopment();

    /// <summary>Checks the token alone (steps 1-6), before the body is read.</summary>
    public async Task<BotCaller> AuthenticateAsync(string? authorizationHeader, CancellationToken cancellationToken = default)
    {
        if (AnonymousAllowed)
        {
            return BotCaller.AnonymousCaller;
        }

        if (!options.Value.AuthenticationEnabled)
        {
            // No app id outside Development: the edge is not configured, so nobody is let in.
            return BotCaller.Refused(TokenVerdict.InvalidToken);
        }

        const string scheme = "Bearer ";
        if (authorizationHeader is null || !authorizationHeader.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
            || authorizationHeader.Length == scheme.Length)
        {
            return BotCaller.Refused(TokenVerdict.MissingToken);
        }

        var token = authorizationHeader[scheme.Length..].Trim();
        try
        {
            var keySet = await keys.GetAsync(cancellationToken).ConfigureAwait(false);
            var result = await ValidateTokenAsync(token, keySet, cancellationToken).ConfigureAwait(false);
            if (!result.IsValid && result.Exception is SecurityTokenSignatureKeyNotFoundException)
            {
                keySet = await keys.RefreshForUnknownKeyAsync(cancellationToken).ConfigureAwait(false);
                result = await ValidateTokenAsync(token, keySet, cancellationToken).ConfigureAwait(false);
            }

            if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
            {
                var reason = result.Exception?.GetType().Name ?? "none";
                TeamsLog.TokenRejected(logger, TokenVerdict.InvalidToken, reason);
                return BotCaller.Refused(TokenVerdict.InvalidToken);
            }

            var serviceUrl = jwt.TryGetPayloadValue<string>(ServiceUrlClaim, out var claim) ? claim : null;
            var keyId = jwt.SigningKey?.KeyId ?? jwt.Kid;
            return new BotCaller(TokenVerdict.Accepted, serviceUrl, keySet.EndorsementsOf(keyId));
        }
        catch (SigningKeysUnavailableException)
        {
            return BotCaller.Refused(TokenVerdict.KeysUnavailable);
        }
    }

    /// <summary>Checks the activity against an accepted token (steps 7-8).</summary>
    public TokenVerdict Authorize(BotCaller caller, string? channelId, string? serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.Verdict != TokenVerdict.Accepted || caller.Anonymous)
        {
            return caller.Verdict;
        }

        // Exact compare, as the SDK does: a token minted for one serviceUrl must not steer replies elsewhere.
        if (!string.Equals(caller.ServiceUrl, serviceUrl, StringComparison.Ordinal))
        {
            TeamsLog.TokenRejected(logger, TokenVerdict.ServiceUrlMismatch, "serviceurl");
            return TokenVerdict.ServiceUrlMismatch;
        }

        // As EndorsementsValidator: no channelId asserts nothing; a key without endorsements is not restricted.
        if (!string.IsNullOrWhiteSpace(channelId) && caller.Endorsements.Count > 0 && !caller.Endorsements.Contains(channelId, StringComparer.Ordinal))
        {
            TeamsLog.TokenRejected(logger, TokenVerdict.NotEndorsed, "endorsements");
            return TokenVerdict.NotEndorsed;
        }

        return TokenVerdict.Accepted;
    }

    /// <summary>Both steps at once, for callers that already have the activity's channelId and serviceUrl.</summary>
    public async Task<TokenVerdict> ValidateAsync(string? authorizationHeader, string? channelId, string? serviceUrl, CancellationToken cancellationToken = default) =>
        Authorize(await AuthenticateAsync(authorizationHeader, cancellationToken).ConfigureAwait(false), channelId, serviceUrl);

    private Task<TokenValidationResult> ValidateTokenAsync(string token, SigningKeySet keySet, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = options.Value.AppId,
            IssuerSigningKeys = keySet.Keys,
            ValidAlgorithms = Algorithms,
            ClockSkew = ClockSkew,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            ValidateIssuerSigningKey = false,
            TryAllIssuerSigningKeys = false,
            LifetimeValidator = ValidateLifetime,
        });
    }

    /// <summary>exp/nbf against the injected clock with 5 minutes of skew (the handler's own check reads the system clock).</summary>
    private bool ValidateLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return expires is { } exp && now <= exp.ToUniversalTime() + ClockSkew
               && (notBefore is not { } nbf || now >= nbf.ToUniversalTime() - ClockSkew);
    }
}
