namespace AllyBot.Core.Scheduling;

/// <summary>How a prompt's instant relates to the scheduled wall time (for logs and tests).</summary>
public enum PromptPlacement
{
    /// <summary>At the scheduled member-local time on the scheduled day.</summary>
    AtScheduledTime,

    /// <summary>The scheduled time does not exist that day (DST gap), so it is later by the gap, usually one hour.</summary>
    ShiftedByDstGap,

    /// <summary>The scheduled slot was outside working hours, on a non-working day, a holiday or an away day, so the prompt moved to the next working slot.</summary>
    MovedToWorkingTime,
}
