namespace AllyBot.Core.Voices;

/// <summary>
/// One eligible member's counts for a metric window: no id, no name, no content. The roster passed to
/// <see cref="VoicesMeter"/> holds one per eligible member (human, not opted out of counting, not away for more than
/// half the window), including members with zero messages.
/// </summary>
/// <param name="Messages">Human messages in the 14-day window (top-level and replies alike); zero included.</param>
/// <param name="CreditsReceived">Credits the member received in the 8-week credit window.</param>
/// <param name="WorkingDayFraction">
/// The member's declared share of a full working week, in (0, 1]: messages are divided by it so part-timers are not
/// read as quiet. Credits are not scaled. <value>Default: 1.</value>
/// </param>
public sealed record MemberActivity(int Messages, int CreditsReceived, double WorkingDayFraction = 1.0)
{
    /// <summary>Messages in the window; not negative.</summary>
    public int Messages { get; init => field = NotNegative(value, nameof(Messages)); } = NotNegative(Messages, nameof(Messages));

    /// <summary>Credits received; not negative.</summary>
    public int CreditsReceived { get; init => field = NotNegative(value, nameof(CreditsReceived)); } = NotNegative(CreditsReceived, nameof(CreditsReceived));

    /// <summary>Share of a full working week, in (0, 1].</summary>
    public double WorkingDayFraction { get; init => field = Fraction(value, nameof(WorkingDayFraction)); } = Fraction(WorkingDayFraction, nameof(WorkingDayFraction));

    /// <summary>Messages per full-time week equivalent, the amount the participation metrics use.</summary>
    public double ScaledMessages => Messages / WorkingDayFraction;

    private static int NotNegative(int value, string paramName) =>
        value >= 0 ? value : throw new ArgumentOutOfRangeException(paramName, value, "Counts cannot be negative.");

    private static double Fraction(double value, string paramName) =>
        value is > 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(paramName, value, "A working-day fraction is more than 0 and at most 1.");
}
