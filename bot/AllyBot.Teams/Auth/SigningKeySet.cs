using Microsoft.IdentityModel.Tokens;

namespace AllyBot.Teams.Auth;

/// <summary>The channel's signing keys at one moment, with each key's endorsements (the channel ids it may sign for).</summary>
internal sealed record SigningKeySet(IReadOnlyList<SecurityKey> Keys, IReadOnlyDictionary<string, IReadOnlyList<string>> Endorsements, DateTimeOffset FetchedAt)
{
    public bool Contains(string? keyId) => keyId is not null && Keys.Any(k => string.Equals(k.KeyId, keyId, StringComparison.Ordinal));

    /// <summary>The key's endorsements; empty when the key has none (then any channel id passes, as in the SDK).</summary>
    public IReadOnlyList<string> EndorsementsOf(string? keyId) =>
        keyId is not null && Endorsements.TryGetValue(keyId, out var endorsements) ? endorsements : [];
}
