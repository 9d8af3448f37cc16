namespace AllyBot.Core.Voices;

/// <summary>Whether one digest trigger fired, and why (kept for tuning and <c>/ally status</c>).</summary>
/// <param name="Reason"><see cref="TriggerReason.Fired"/>, or why not.</param>
public sealed record TriggerDecision(TriggerReason Reason)
{
    /// <summary>Whether the trigger fired.</summary>
    public bool Fired => Reason == TriggerReason.Fired;
}
