using AllyBot.Core.Conversations;
using AllyBot.Core.Settings;

namespace AllyBot.Core.Credits;

/// <summary>
/// One credit from one member to another: the one kind of user-authored text AllyBot stores (voices.md 4.3), visible
/// as the giver chose, deletable by either party, kept 12 months. It holds platform user ids because it is shown with
/// names; the pseudonyms are for erasure and the facilitator's credit-concentration numbers.
/// </summary>
/// <param name="Id">Unique; the same credit recorded twice (a retried event) has the same id.</param>
/// <param name="OriginId">The dialog or command it came from: credits with one origin are one line in the weekly post.</param>
/// <param name="Channel">The channel it belongs to.</param>
/// <param name="Giver">The giver, pseudonymous.</param>
/// <param name="GiverId">The giver's platform user id.</param>
/// <param name="Receiver">The person credited, pseudonymous.</param>
/// <param name="ReceiverId">Their platform user id.</param>
/// <param name="Contribution">What they did, in the giver's words; for an amplification, the giver's comment (may be empty).</param>
/// <param name="Audience">Where it is shared.</param>
/// <param name="Source">Dialog, command or amplification.</param>
/// <param name="MessageLink">For an amplification, the link to the amplified message; else null.</param>
/// <param name="GivenAt">When it was given.</param>
public sealed record Credit(
    string Id,
    string OriginId,
    ChatAddress Channel,
    MemberKey Giver,
    string GiverId,
    MemberKey Receiver,
    string ReceiverId,
    string Contribution,
    CreditAudience Audience,
    CreditSource Source,
    string? MessageLink,
    DateTimeOffset GivenAt)
{
    /// <summary>The id of the credit to <paramref name="receiver"/> from origin <paramref name="originId"/>.</summary>
    public static string IdFor(string originId, MemberKey receiver)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        return $"{originId}:{receiver.Pseudonym[..Math.Min(16, receiver.Pseudonym.Length)]}";
    }

    /// <summary>Never prints the text.</summary>
    public override string ToString() => $"Credit {{ {Id}, {Channel}, {Audience}, {Source}, {Contribution.Length} chars, {GivenAt:O} }}";
}
