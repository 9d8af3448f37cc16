using AllyBot.Core.Conversations;

namespace AllyBot.Core.Dialogs;

/// <summary>One scheduled delivery that must happen at most once, whichever instance gets there first.</summary>
/// <param name="Kind">What it is: <see cref="CreditsPost"/> or <see cref="VoicesDigest"/>.</param>
/// <param name="Channel">The channel it is for.</param>
/// <param name="RecipientPseudonym">The recipient's pseudonym, or empty for a channel post.</param>
/// <param name="OccurrenceKey">The week or schedule occurrence, like <c>2026-W48</c>.</param>
public sealed record ScheduledDelivery(string Kind, ChatAddress Channel, string RecipientPseudonym, string OccurrenceKey)
{
    /// <summary>The weekly "This week's credits" post of a channel.</summary>
    public const string CreditsPost = "credits-post";

    /// <summary>The weekly facilitator digest, per facilitator.</summary>
    public const string VoicesDigest = "voices-digest";
}
