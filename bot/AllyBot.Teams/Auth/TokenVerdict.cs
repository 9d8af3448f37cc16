namespace AllyBot.Teams.Auth;

/// <summary>The outcome of checking a channel's request (protocols.md §1.2).</summary>
internal enum TokenVerdict
{
    Accepted,

    /// <summary>No <c>Authorization: Bearer</c> header (401).</summary>
    MissingToken,

    /// <summary>Bad signature, algorithm, issuer, audience or lifetime (401).</summary>
    InvalidToken,

    /// <summary>The token's <c>serviceurl</c> claim is not the activity's serviceUrl (401).</summary>
    ServiceUrlMismatch,

    /// <summary>The signing key is not endorsed for the activity's channelId (403).</summary>
    NotEndorsed,

    /// <summary>The signing keys cannot be fetched (503, so the channel retries).</summary>
    KeysUnavailable,
}
