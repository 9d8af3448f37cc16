namespace AllyBot.Core.Voices;

/// <summary>
/// A channel's participation numbers for one week, computed over the eligible roster, zeros included. Content-free
/// and without member ids: this is the weekly aggregate storage keeps for 12 months.
/// </summary>
/// <param name="EligibleMembers">N, the eligible roster size (at least 5).</param>
/// <param name="Messages">Messages in the window (at least 30), not scaled.</param>
/// <param name="Entropy">Normalised Shannon entropy E, 0..1 (1 = perfectly even).</param>
/// <param name="Gini">Gini G, small-sample corrected, 0..1 (0 = perfectly even).</param>
/// <param name="SpeakerShare">Members with at least one message, over N.</param>
/// <param name="TopFifthShare">Share of messages by the most active fifth (⌈N/5⌉ members).</param>
/// <param name="Credits">Credit spread; null when nobody received a credit in the credit window.</param>
public sealed record VoicesSnapshot(int EligibleMembers, int Messages, double Entropy, double Gini, double SpeakerShare, double TopFifthShare, CreditConcentration? Credits);
