namespace AllyBot.Core.Voices;

/// <summary>The two digest triggers of voices.md 4.2 for one week.</summary>
/// <param name="InviteInput">"Consider inviting input": entropy low, and clearly below the channel's own baseline.</param>
/// <param name="CreditConcentrating">"Credit is concentrating": the most-credited fifth got more than half the credits.</param>
public sealed record TriggerReport(TriggerDecision InviteInput, TriggerDecision CreditConcentrating)
{
    /// <summary>Whether anything fired, which is when a digest is sent at all.</summary>
    public bool AnyFired => InviteInput.Fired || CreditConcentrating.Fired;
}
