namespace AllyBot.Core.Scheduling;

/// <summary>One prompt of a schedule for one member.</summary>
/// <param name="At">When to send it, UTC.</param>
/// <param name="ScheduledDate">The member-local date it was scheduled for (before any move to working time).</param>
/// <param name="Week">The ISO week of <paramref name="ScheduledDate"/>: the week the prompt is about, even when a Friday-evening slot moved to Monday.</param>
/// <param name="Key">
/// Unique per occurrence of one schedule for one member; store it with the sent prompt and never send a key twice.
/// The week (<c>2026-W48</c>) for single-day schedules, the ISO week date (<c>2026-W48-4</c>) when a schedule has several days.
/// </param>
/// <param name="Placement">Whether it is at the scheduled wall time, shifted by a DST gap, or moved to working time.</param>
public sealed record ScheduleOccurrence(DateTimeOffset At, DateOnly ScheduledDate, IsoWeek Week, string Key, PromptPlacement Placement);
