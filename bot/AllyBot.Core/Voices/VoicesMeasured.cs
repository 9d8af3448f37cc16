namespace AllyBot.Core.Voices;

/// <summary>The window passed the k ≥ 5 and message minimums; here are its numbers.</summary>
/// <param name="Snapshot">The week's numbers.</param>
public sealed record VoicesMeasured(VoicesSnapshot Snapshot) : VoicesMeasurement;
