namespace AllyBot.Teams.Auth;

/// <summary>Who sent a request, as far as its token tells: enough to check the activity against it.</summary>
/// <param name="Verdict">Whether the token itself was good.</param>
/// <param name="ServiceUrl">The token's <c>serviceurl</c> claim.</param>
/// <param name="Endorsements">The signing key's endorsements (empty: none).</param>
/// <param name="Anonymous">True when authentication is off (no app id, Development only).</param>
internal sealed record BotCaller(TokenVerdict Verdict, string? ServiceUrl, IReadOnlyList<string> Endorsements, bool Anonymous = false)
{
    public static BotCaller Refused(TokenVerdict verdict) => new(verdict, null, []);

    public static BotCaller AnonymousCaller { get; } = new(TokenVerdict.Accepted, null, [], Anonymous: true);
}
