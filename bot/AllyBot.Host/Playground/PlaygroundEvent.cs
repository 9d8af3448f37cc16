using AllyBot.Core.Replies;

namespace AllyBot.Host.Playground;

/// <summary>One line of the playground's transcript, as the page receives it.</summary>
/// <param name="Seq">Increasing sequence number; the page asks for events after the last one it has.</param>
/// <param name="At">When it happened (playground clock).</param>
/// <param name="Kind"><c>message</c> (someone wrote), <c>nudge</c>, <c>reply</c> or <c>prompt</c> (AllyBot, privately
/// to <paramref name="User"/>; a prompt is a dialog step in a DM), <c>post</c> (AllyBot, to the whole channel), or
/// <c>withdrawn</c> (AllyBot took back its nudge about <paramref name="MessageId"/>), or <c>teams</c> (a call AllyBot's
/// Teams edge made to the playground's fake Bot Connector, see <see cref="Teams"/>).</param>
/// <param name="Channel">The channel.</param>
/// <param name="User">The author of a message, or the only person who sees a nudge or reply.</param>
/// <param name="Text">The message or reply text; null for nudges.</param>
/// <param name="Items">A nudge's findings; null otherwise.</param>
/// <param name="MessageId">The message this is, or the message a nudge is about.</param>
public sealed record PlaygroundEvent(long Seq, DateTimeOffset At, string Kind, string Channel, string User, string? Text, IReadOnlyList<NudgeItem>? Items, string? MessageId)
{
    /// <summary>A dialog step's buttons and input, for <c>prompt</c> events.</summary>
    public PlaygroundPrompt? Prompt { get; init; }

    /// <summary><c>teams</c> for a message sent through the Teams adapter path; null for the playground's own.</summary>
    public string? Platform { get; init; }

    /// <summary>The Connector call, for <c>teams</c> events.</summary>
    public Teams.PlaygroundTeamsCall? Teams { get; init; }
}
