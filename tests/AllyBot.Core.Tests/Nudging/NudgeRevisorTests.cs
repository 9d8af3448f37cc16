using AllyBot.Core.Nudging;
using AllyBot.Core.Settings;
using AllyBot.Core.Telemetry;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace AllyBot.Core.Tests.Nudging;

public sealed class NudgeRevisorTests
{
    private const string Guys = "gendered-language/guys";
    private const string Sanity = "technology/sanity-check";

    private ConversationScript _script = null!;

    [SetUp]
    public void Start() => _script = new ConversationScript();

    private MetricCollector<long> Collect(string instrument) => new(_script.MeterFactory, AllyBotMetrics.MeterName, instrument);

    private int NudgeLogEntries(string ruleId) => _script.Store.Nudges.Count(n => n.RuleId == ruleId);

    [Test]
    public async Task Nudge_Sent_IsRememberedByMessageWithItsReceiptAndRules()
    {
        await _script.SayAsAsync("U1", "m1", "hey guys, quick sanity check");

        var sent = _script.Store.SentNudges.Single();
        Assert.Multiple(() =>
        {
            Assert.That(sent.MessageId, Is.EqualTo("m1"));
            Assert.That(sent.Where, Is.EqualTo(ConversationScript.Channel()));
            Assert.That(sent.Receipt.NudgeMessageId, Is.EqualTo("nudge-1"));
            Assert.That(sent.RuleIds, Is.EqualTo(new[] { Guys, Sanity }));
            Assert.That(sent.SentAt, Is.EqualTo(_script.Clock.GetUtcNow()));
        });
    }

    [Test]
    public async Task Edit_FindingRemoved_WithdrawsTheNudgeAndForgetsIt()
    {
        await _script.SayAsAsync("U1", "m1", "hey guys");
        _script.Clock.Advance(TimeSpan.FromMinutes(2));

        var revision = await _script.EditAsync("U1", "m1", "hey everyone");

        Assert.That(revision, Is.EqualTo(NudgeRevision.Withdrawn));
        Assert.That(_script.Sender.Withdrawals.Single().Receipt.NudgeMessageId, Is.EqualTo("nudge-1"));
        Assert.That(_script.Store.SentNudges, Is.Empty);
    }

    [Test]
    public async Task Edit_OtherRulesApply_UpdatesTheNudgeWithoutCountingANewOne()
    {
        using var sentCounter = Collect("allybot.nudges.sent");
        using var revised = Collect("allybot.nudges.revised");
        await _script.SayAsAsync("U1", "m1", "hey guys");

        var revision = await _script.EditAsync("U1", "m1", "hey guys, quick sanity check");

        Assert.That(revision, Is.EqualTo(NudgeRevision.Updated));
        var (sent, nudge) = _script.Sender.Updates.Single();
        Assert.Multiple(() =>
        {
            Assert.That(sent.RuleIds, Is.EqualTo(new[] { Guys }));
            Assert.That(nudge.MessageId, Is.EqualTo("m1"));
            Assert.That(nudge.RecipientId, Is.EqualTo("U1"));
            Assert.That(nudge.Items.Select(i => i.RuleId), Is.EqualTo(new[] { Guys, Sanity }));
            Assert.That(_script.Sender.Nudges, Has.Count.EqualTo(1), "no second nudge");
            Assert.That(_script.Store.SentNudges.Single().RuleIds, Is.EqualTo(new[] { Guys, Sanity }));
            Assert.That(NudgeLogEntries(Guys), Is.EqualTo(1), "the kept rule is not recorded (or rate limited) again");
            Assert.That(NudgeLogEntries(Sanity), Is.EqualTo(1), "the added rule is recorded like any nudge");
            Assert.That(sentCounter.GetMeasurementSnapshot().Sum(m => m.Value), Is.EqualTo(1));
            Assert.That(revised.GetMeasurementSnapshot().Single().Tags["change"], Is.EqualTo("updated"));
        });
    }

    [Test]
    public async Task Edit_OneOfTwoFindingsRemoved_UpdatesToTheRemainingOne()
    {
        await _script.SayAsAsync("U1", "m1", "hey guys, quick sanity check");

        var revision = await _script.EditAsync("U1", "m1", "hey guys, quick check");

        Assert.That(revision, Is.EqualTo(NudgeRevision.Updated));
        Assert.That(_script.Sender.Updates.Single().Nudge.Items.Select(i => i.RuleId), Is.EqualTo(new[] { Guys }));
        Assert.That(_script.Store.SentNudges.Single().RuleIds, Is.EqualTo(new[] { Guys }));
    }

    [Test]
    public async Task Edit_SameRulesStillApply_LeavesTheNudgeAlone()
    {
        await _script.SayAsAsync("U1", "m1", "hey guys");
        _script.Clock.Advance(TimeSpan.FromMinutes(1));

        var revision = await _script.EditAsync("U1", "m1", "hey guys, the deploy is done");

        Assert.That(revision, Is.EqualTo(NudgeRevision.Unchanged));
        Assert.That(_script.Sender.Sent, Has.Count.EqualTo(1), "only the original nudge");
    }

    [Test]
    public async Task Edit_AddedRuleRateLimitedByAnotherMessage_KeepsTheNudgeAsItWas()
    {
        await _script.SayAsAsync("U1", "m0", "quick sanity check");
        await _script.SayAsAsync("U1", "m1", "hey guys");

        var revision = await _script.EditAsync("U1", "m1", "hey guys, quick sanity check");

        Assert.That(revision, Is.EqualTo(NudgeRevision.Unchanged));
        Assert.That(_script.Sender.Updates, Is.Empty);
    }

    [Test]
    public async Task Edit_MessageNeverNudgedGainsAFinding_IsNudgedLikeANewMessage()
    {
        await _script.SayAsAsync("U1", "m1", "hey everyone");

        var revision = await _script.EditAsync("U1", "m1", "hey guys");

        Assert.That(revision, Is.EqualTo(NudgeRevision.Nudged));
        Assert.That(_script.Sender.Nudges.Single().MessageId, Is.EqualTo("m1"));
        Assert.That(_script.Store.SentNudges.Single().MessageId, Is.EqualTo("m1"));
    }

    [Test]
    public async Task Edit_MessageNeverNudgedGainsARateLimitedFinding_StaysQuiet()
    {
        await _script.SayAsAsync("U1", "m1", "hey guys");
        await _script.SayAsAsync("U1", "m2", "deploy is done");

        var revision = await _script.EditAsync("U1", "m2", "deploy is done guys");

        Assert.That(revision, Is.EqualTo(NudgeRevision.None));
        Assert.That(_script.Sender.Nudges, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Edit_CleanThenFlaggedAgain_DoesNotNudgeTwiceInTheWindow()
    {
        await _script.SayAsAsync("U1", "m1", "hey guys");
        await _script.EditAsync("U1", "m1", "hey all");

        var revision = await _script.EditAsync("U1", "m1", "hey guys!");

        Assert.That(revision, Is.EqualTo(NudgeRevision.None));
        Assert.That(_script.Sender.Nudges, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Edit_AddedRuleWhileSnoozed_IsNotAdded()
    {
        await _script.SayAsAsync("U1", "m1", "hey guys");
        var member = _script.Pseudonymizer.KeyFor(ConversationScript.Channel(), "U1");
        await _script.Store.SaveAsync(member, MemberSettings.Default with { SnoozedUntil = _script.Clock.GetUtcNow().AddHours(1) });

        var revision = await _script.EditAsync("U1", "m1", "hey guys, sanity check");

        Assert.That(revision, Is.EqualTo(NudgeRevision.Unchanged));
        Assert.That(NudgeLogEntries(Sanity), Is.Zero);
    }

    [Test]
    public async Task Edit_ChannelTurnedOff_WithdrawsTheNudge()
    {
        await _script.SayAsAsync("U1", "m1", "hey guys");
        _script.Store.SetWorkspace(ConversationScript.Workspace, WorkspaceSettings.Default with { ChannelsOff = new HashSet<string> { "C1" } });

        Assert.That(await _script.EditAsync("U1", "m1", "hey guys"), Is.EqualTo(NudgeRevision.Withdrawn));
    }

    [Test]
    public async Task Edit_ByBot_IsIgnored()
    {
        await _script.SayAsAsync("U1", "m1", "hey guys");

        var revision = await _script.Revisor.HandleEditAsync(new(new(ConversationScript.Channel(), "m1", new("B1", IsBot: true), "", _script.Clock.GetUtcNow())));

        Assert.That(revision, Is.EqualTo(NudgeRevision.None));
        Assert.That(_script.Store.SentNudges, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Edit_InAnotherChannelWithTheSameMessageId_IsAnotherMessage()
    {
        await _script.SayAsAsync("U1", "m1", "hey guys");

        var revision = await _script.EditAsync("U1", "m1", "hey everyone", channel: "C2");

        Assert.That(revision, Is.EqualTo(NudgeRevision.None));
        Assert.That(_script.Sender.Withdrawals, Is.Empty);
    }

    [Test]
    public async Task Delete_NudgedMessage_WithdrawsTheNudge()
    {
        using var revised = Collect("allybot.nudges.revised");
        await _script.SayAsAsync("U1", "m1", "hey guys");

        var revision = await _script.DeleteAsync("m1");

        Assert.That(revision, Is.EqualTo(NudgeRevision.Withdrawn));
        Assert.That(_script.Sender.Withdrawals.Single().MessageId, Is.EqualTo("m1"));
        Assert.That(_script.Store.SentNudges, Is.Empty);
        Assert.That(revised.GetMeasurementSnapshot().Single().Tags["change"], Is.EqualTo("withdrawn"));
    }

    [Test]
    public async Task Delete_MessageNeverNudged_DoesNothing()
    {
        await _script.SayAsAsync("U1", "m1", "hey everyone");

        Assert.That(await _script.DeleteAsync("m1"), Is.EqualTo(NudgeRevision.None));
        Assert.That(_script.Sender.Sent, Is.Empty);
    }

    [Test]
    public async Task ForgetMe_ForgetsTheMembersSentNudges()
    {
        await _script.SayAsAsync("U1", "m1", "hey guys");
        await _script.SayAsAsync("U2", "m2", "hey guys");

        await _script.AllyAsync("U1", "forget-me");

        Assert.That(_script.Store.SentNudges.Select(s => s.MessageId), Is.EqualTo(new[] { "m2" }));
    }
}
