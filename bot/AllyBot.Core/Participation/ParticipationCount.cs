using AllyBot.Core.Conversations;

namespace AllyBot.Core.Participation;

/// <summary>
/// The key of one content-free daily counter (voices.md 4.3): channel, UTC day, pseudonym, kind. Nothing else about
/// a message is ever kept: no text, no message id, no time of day.
/// </summary>
/// <param name="Channel">The channel (never a thread).</param>
/// <param name="Day">The UTC date the message was sent.</param>
/// <param name="Pseudonym">The author's pseudonym (<see cref="Privacy.MemberPseudonymizer"/>).</param>
/// <param name="Kind">Top-level or thread reply.</param>
public sealed record ParticipationCount(ChatAddress Channel, DateOnly Day, string Pseudonym, ParticipationKind Kind);
