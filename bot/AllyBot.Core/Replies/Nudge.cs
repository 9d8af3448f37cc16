using AllyBot.Core.Conversations;

namespace AllyBot.Core.Replies;

/// <summary>
/// A private suggestion to the author of one message, listing everything worth pointing out in it. Edges render it
/// only to the author (Slack ephemeral in the thread; Teams 1:1 or targeted message) with the buttons in
/// <see cref="NudgeActions"/>.
/// </summary>
public sealed record Nudge(ChatAddress Where, string RecipientId, string MessageId, IReadOnlyList<NudgeItem> Items);
