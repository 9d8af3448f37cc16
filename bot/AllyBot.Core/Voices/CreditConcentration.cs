namespace AllyBot.Core.Voices;

/// <summary>How credit received is spread over the eligible members (8-week window), no names.</summary>
/// <param name="Credits">Credits received in total.</param>
/// <param name="TopFifthShare">Share of credits received by the most-credited fifth (⌈N/5⌉ members), 0..1.</param>
/// <param name="Gini">Gini of credits received, small-sample corrected, 0..1.</param>
public sealed record CreditConcentration(int Credits, double TopFifthShare, double Gini);
