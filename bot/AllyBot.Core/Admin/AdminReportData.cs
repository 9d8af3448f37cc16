namespace AllyBot.Core.Admin;

/// <summary>The counts behind <c>/ally admin report</c>: aggregates for one workspace and period, no person in them.</summary>
/// <param name="NudgesByRule">Rule id to how many times it nudged.</param>
/// <param name="NotHelpfulByRule">Rule id to how many "not helpful" presses it got.</param>
/// <param name="ReasonsByRule">Rule id to the reasons given for those presses, with their counts.</param>
/// <param name="CreditsByWeek">ISO week (<c>2026-W48</c>) to how many credits were given.</param>
/// <param name="MembersNudgesOff">Members who turned nudges off.</param>
/// <param name="MembersPromptsOff">Members who turned scheduled prompts off.</param>
public sealed record AdminReportData(
    IReadOnlyDictionary<string, int> NudgesByRule,
    IReadOnlyDictionary<string, int> NotHelpfulByRule,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> ReasonsByRule,
    IReadOnlyDictionary<string, int> CreditsByWeek,
    int MembersNudgesOff,
    int MembersPromptsOff);
