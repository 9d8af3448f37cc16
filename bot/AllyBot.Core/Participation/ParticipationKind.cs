namespace AllyBot.Core.Participation;

/// <summary>What kind of message was counted (both count alike in the metrics; kept apart for later analysis).</summary>
public enum ParticipationKind
{
    /// <summary>A top-level message in the channel.</summary>
    Message,

    /// <summary>A reply in a thread.</summary>
    ThreadReply,
}
