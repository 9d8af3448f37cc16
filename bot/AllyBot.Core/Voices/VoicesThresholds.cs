namespace AllyBot.Core.Voices;

/// <summary>
/// The thresholds of voices.md 4.2, in one place. They are starting points to calibrate in a pilot, not findings
/// from the literature.
/// </summary>
public static class VoicesThresholds
{
    /// <summary>Report nothing for fewer eligible members (k-anonymity, like Viva's minimum group). <value>5.</value></summary>
    public const int MinEligibleMembers = 5;

    /// <summary>Report nothing for fewer messages in the window. <value>30.</value></summary>
    public const int MinMessages = 30;

    /// <summary>"Consider inviting input" needs entropy at or below this. <value>0.70.</value></summary>
    public const double InviteInputMaxEntropy = 0.70;

    /// <summary>…and at least this far below the channel's own median. <value>0.10.</value></summary>
    public const double InviteInputMinDropBelowMedian = 0.10;

    /// <summary>The baseline is the median of this many most recent prior weeks. <value>8.</value></summary>
    public const int BaselineWeeks = 8;

    /// <summary>No baseline (so no trigger) with fewer prior weeks than this. <value>4.</value></summary>
    public const int MinBaselineWeeks = 4;

    /// <summary>"Credit is concentrating" when the most-credited fifth got more than this share. <value>0.50.</value></summary>
    public const double CreditTopFifthShareLimit = 0.50;

    /// <summary>
    /// Slack for comparing computed doubles with the thresholds, so that E = 0.60 against a median of 0.70 counts as
    /// 0.10 below (in binary floating point 0.70 − 0.60 is 0.0999…).
    /// </summary>
    public const double Tolerance = 1e-9;
}
