using AllyBot.Core.Admin;

namespace AllyBot.Core.Tests.Admin;

public sealed class AdminReportTests
{
    private static readonly DateTimeOffset Until = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void Compose_Counts_RulesToReviewRankedByNotHelpfulRateWithReasons()
    {
        var data = new AdminReportData(
            new Dictionary<string, int> { ["a/noisy"] = 10, ["b/fine"] = 40, ["c/rare"] = 3 },
            new Dictionary<string, int> { ["a/noisy"] = 6, ["b/fine"] = 5, ["c/rare"] = 3 },
            new Dictionary<string, IReadOnlyDictionary<string, int>> { ["a/noisy"] = new Dictionary<string, int> { ["proper-name"] = 5, ["other"] = 1 } },
            new Dictionary<string, int> { ["2026-W47"] = 12, ["2026-W46"] = 2 },
            MembersNudgesOff: 7,
            MembersPromptsOff: 1);

        var report = AdminReport.Compose(data, Until - AdminReport.Period, Until);

        Assert.That(report, Is.EqualTo(
            "AllyBot report, 2026-10-24 to 2026-11-23 (aggregates only; counts under 5 show as \"fewer than 5\"):\n\n" +
            "*Nudges per rule*\n• `b/fine`: 40\n• `a/noisy`: 10\n• `c/rare`: fewer than 5\n\n" +
            "*Rules to review first* (share of nudges marked \"not helpful\")\n• `a/noisy`: 60% of 10 nudges (proper-name 5)\n• `b/fine`: 12% of 40 nudges\n\n" +
            "*Adoption*\nCredits given per week: 2026-W46 fewer than 5, 2026-W47 12\n" +
            "Members who turned nudges off: 7\nMembers who turned scheduled prompts off: fewer than 5"));
    }

    [Test]
    public void Compose_Nothing_SaysNone()
    {
        var data = new AdminReportData(new Dictionary<string, int>(), new Dictionary<string, int>(), new Dictionary<string, IReadOnlyDictionary<string, int>>(), new Dictionary<string, int>(), 0, 0);

        Assert.That(AdminReport.Compose(data, Until - AdminReport.Period, Until), Does.Contain("• no nudges").And.Contain("• none with 5 or more").And.Contain("Credits given per week: none"));
    }
}
