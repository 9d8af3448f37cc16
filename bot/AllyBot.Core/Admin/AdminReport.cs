using System.Globalization;
using System.Text;

namespace AllyBot.Core.Admin;

/// <summary>
/// Writes <c>/ally admin report</c>: nudges per rule, the rules people find least helpful (to review first), credits
/// per week and opt-outs. Aggregates only, never a person; any count under <see cref="MinShown"/> shows as "fewer
/// than 5" and no rate is computed from fewer than <see cref="MinShown"/> nudges, so small numbers cannot point at anyone.
/// </summary>
public static class AdminReport
{
    /// <summary>The report's period.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromDays(30);

    /// <summary>The smallest count shown as a number (the design's k ≥ 5).</summary>
    public const int MinShown = 5;

    /// <summary>How many rules are listed per section.</summary>
    public const int MaxRules = 10;

    public static string Compose(AdminReportData data, DateTimeOffset since, DateTimeOffset until)
    {
        ArgumentNullException.ThrowIfNull(data);
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"AllyBot report, {since:yyyy-MM-dd} to {until:yyyy-MM-dd} (aggregates only; counts under {MinShown} show as \"fewer than {MinShown}\"):"));

        text.Append("\n\n*Nudges per rule*");
        var nudges = data.NudgesByRule.OrderByDescending(n => n.Value).ThenBy(n => n.Key, StringComparer.Ordinal).Take(MaxRules).ToList();
        AppendLines(text, nudges.Select(n => $"`{n.Key}`: {Count(n.Value)}"), "no nudges");

        text.Append("\n\n*Rules to review first* (share of nudges marked \"not helpful\")");
        var review = data.NotHelpfulByRule
            .Select(n => (RuleId: n.Key, Presses: n.Value, Nudges: data.NudgesByRule.GetValueOrDefault(n.Key)))
            .Where(r => r.Nudges >= MinShown && r.Presses >= MinShown)
            .OrderByDescending(r => (double)r.Presses / r.Nudges).ThenBy(r => r.RuleId, StringComparer.Ordinal).Take(MaxRules)
            .Select(r => $"`{r.RuleId}`: {Math.Min(100, 100 * r.Presses / r.Nudges)}% of {r.Nudges} nudges{Reasons(data, r.RuleId)}");
        AppendLines(text, review, $"none with {MinShown} or more \"not helpful\" presses");

        text.Append("\n\n*Adoption*\nCredits given per week: ");
        text.Append(data.CreditsByWeek.Count == 0 ? "none" : string.Join(", ", data.CreditsByWeek.OrderBy(w => w.Key, StringComparer.Ordinal).Select(w => $"{w.Key} {Count(w.Value)}")));
        text.Append("\nMembers who turned nudges off: ").Append(Count(data.MembersNudgesOff));
        text.Append("\nMembers who turned scheduled prompts off: ").Append(Count(data.MembersPromptsOff));
        return text.ToString();
    }

    private static string Reasons(AdminReportData data, string ruleId)
    {
        var reasons = data.ReasonsByRule.GetValueOrDefault(ruleId)?.Where(r => r.Value >= MinShown).OrderByDescending(r => r.Value).ToList();
        return reasons is { Count: > 0 } ? " (" + string.Join(", ", reasons.Select(r => $"{r.Key} {r.Value}")) + ")" : "";
    }

    private static string Count(int count) => count == 0 ? "0" : count < MinShown ? $"fewer than {MinShown}" : count.ToString(CultureInfo.InvariantCulture);

    private static void AppendLines(StringBuilder text, IEnumerable<string> lines, string none)
    {
        var any = false;
        foreach (var line in lines)
        {
            text.Append("\n• ").Append(line);
            any = true;
        }

        if (!any)
        {
            text.Append("\n• ").Append(none);
        }
    }
}
