namespace AllyBot.Core.Telemetry;

/// <summary>Why a finding did not become a nudge (the <c>reason</c> tag of <c>allybot.nudges.suppressed</c>).</summary>
public static class SuppressionReasons
{
    public const string Bot = "bot";
    public const string ChannelOff = "channel_off";
    public const string OptedOut = "opted_out";
    public const string Snoozed = "snoozed";
    public const string RateLimited = "rate_limited";
    public const string BelowFloor = "below_floor";

    /// <summary>The message (or part of it) is in a language AllyBot has no rules for.</summary>
    public const string Language = "language";
}
