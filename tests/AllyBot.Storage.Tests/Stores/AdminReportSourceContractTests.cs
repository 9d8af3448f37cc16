using AllyBot.Core.Settings;
using AllyBot.Storage.Stores;
using AllyBot.Testing;

namespace AllyBot.Storage.Tests.Stores;

/// <summary>The admin report's counts on each SQL provider: only the asked workspace and period, aggregates only.</summary>
public abstract class AdminReportSourceContractTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private protected ITestDatabase Database { get; private set; } = null!;

    [SetUp]
    public async Task CreateAsync() => Database = await OpenDatabaseAsync();

    [TearDown]
    public Task CloseAsync() => CloseDatabaseAsync(Database);

    [Test]
    public async Task ReadAsync_SeededActivity_CountsPerRuleWeekAndOptOut()
    {
        var store = Database.CreateStore();
        for (var i = 0; i < 6; i++)
        {
            await store.TryRecordAsync(new MemberKey("T1", $"p{i}"), "a/rule", MessageRefs.Next(), T0.AddHours(i), TimeSpan.Zero);
        }

        await store.TryRecordAsync(new MemberKey("T1", "p0"), "b/rule", MessageRefs.Next(), T0, TimeSpan.Zero);
        await store.TryRecordAsync(new MemberKey("T2", "p0"), "a/rule", MessageRefs.Next(), T0, TimeSpan.Zero);
        await store.TryRecordAsync(new MemberKey("T1", "p0"), "a/rule", MessageRefs.Next(), T0.AddDays(-40), TimeSpan.Zero);
        var first = await store.RecordNotHelpfulAsync("T1", "C1", "a/rule", T0);
        await store.RecordNotHelpfulAsync("T1", "C1", "a/rule", T0.AddHours(1));
        await store.RecordReasonAsync("T1", [first], "proper-name");
        await store.SaveAsync(new MemberKey("T1", "p1"), MemberSettings.Default with { NudgesOff = true, PromptsOff = true });
        await store.SaveAsync(new MemberKey("T1", "p2"), MemberSettings.Default with { NudgesOff = true });
        await InsertCreditAsync("c1", "o1", T0);
        await InsertCreditAsync("c2", "o1", T0);
        await InsertCreditAsync("c3", "o2", T0.AddDays(7));

        var data = await new SqlAdminReportSource(Database.Connections).ReadAsync("T1", T0.AddDays(-30), T0.AddDays(8));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(data.NudgesByRule, Is.EquivalentTo(new Dictionary<string, int> { ["a/rule"] = 6, ["b/rule"] = 1 }));
            Assert.That(data.NotHelpfulByRule, Is.EquivalentTo(new Dictionary<string, int> { ["a/rule"] = 2 }));
            Assert.That(data.ReasonsByRule["a/rule"], Is.EquivalentTo(new Dictionary<string, int> { ["proper-name"] = 1 }));
            Assert.That(data.CreditsByWeek, Is.EquivalentTo(new Dictionary<string, int> { ["2026-W45"] = 1, ["2026-W46"] = 1 }));
            Assert.That((data.MembersNudgesOff, data.MembersPromptsOff), Is.EqualTo((2, 1)));
        }
    }

    [Test]
    public async Task RecordReason_SecondAnswerOrOtherWorkspace_Ignored()
    {
        var store = Database.CreateStore();
        var id = await store.RecordNotHelpfulAsync("T1", "C1", "a/rule", T0);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await store.RecordReasonAsync("T2", [id], "other"), Is.Zero);
            Assert.That(await store.RecordReasonAsync("T1", [id], "quoting"), Is.EqualTo(1));
            Assert.That(await store.RecordReasonAsync("T1", [id], "other"), Is.Zero);
            Assert.That(await Database.QueryAsync<string>("SELECT reason FROM not_helpful"), Is.EqualTo(new[] { "quoting" }));
        }
    }

    private protected abstract Task<ITestDatabase> OpenDatabaseAsync();

    private protected abstract Task CloseDatabaseAsync(ITestDatabase database);

    private Task InsertCreditAsync(string id, string originId, DateTimeOffset at) =>
        Database.ExecuteAsync(
            """
            INSERT INTO credits (id, origin_id, platform, workspace_id, channel_id, giver_workspace_id, giver_pseudonym, giver_id,
                receiver_workspace_id, receiver_pseudonym, receiver_id, contribution, audience, source, message_link, given_at)
            VALUES (@id, @originId, 'Slack', 'T1', 'C1', 'T1', 'pg', 'UG', 'T1', 'pr', 'UR', 'helped', 'Channel', 'Command', NULL, @at)
            """,
            new { id, originId, at = at.ToUnixTimeMilliseconds() });
}
