using AllyBot.Core.Settings;
using AllyBot.Rules.Model;

namespace AllyBot.Core.Tests.Nudging;

public sealed class MessageNudgerTests
{
    private ConversationScript _script = null!;

    [SetUp]
    public void Start() => _script = new ConversationScript();

    [Test]
    public async Task Handle_FlaggedMessage_NudgesTheAuthorPrivatelyWithSuggestions()
    {
        await _script.SayAsync("U1", "hey guys, deploy is done");

        var nudge = _script.Sender.Nudges.Single();
        Assert.Multiple(() =>
        {
            Assert.That(nudge.RecipientId, Is.EqualTo("U1"));
            Assert.That(nudge.Where.ChannelId, Is.EqualTo("C1"));
            Assert.That(nudge.Items.Single().RuleId, Is.EqualTo("gendered-language/guys"));
            Assert.That(nudge.Items.Single().Suggestions, Is.EqualTo(new[] { "everyone", "folks" }));
            Assert.That(nudge.Items.Single().Message, Is.EqualTo("Try \"everyone\" instead of \"guys\"."));
            Assert.That(nudge.Items.Single().Why, Is.EqualTo("Why gendered-language/guys."));
        });
    }

    [Test]
    public async Task Handle_SeveralFindings_SendsOneNudgeListingAll()
    {
        await _script.SayAsync("U1", "guys, quick sanity check please");

        Assert.That(_script.Sender.Nudges.Single().Items.Select(i => i.RuleId), Is.EqualTo(new[] { "gendered-language/guys", "technology/sanity-check" }));
    }

    [Test]
    public async Task Handle_CleanMessage_SendsNothing()
    {
        await _script.SayAsync("U1", "deploy is done, thanks everyone");

        Assert.That(_script.Sender.Sent, Is.Empty);
    }

    [Test]
    public async Task Handle_InfoFinding_NeverInterrupts()
    {
        await _script.SayAsync("U1", "that migration was a cakewalk");

        Assert.That(_script.Sender.Sent, Is.Empty);
    }

    [Test]
    public async Task Handle_Bot_IsNeverNudged()
    {
        await _script.SayAsync("B1", "hey guys", isBot: true);

        Assert.That(_script.Sender.Sent, Is.Empty);
    }

    [Test]
    public async Task Handle_SameRuleWithinWindow_NudgesOnce()
    {
        await _script.SayAsync("U1", "hey guys");
        _script.Clock.Advance(TimeSpan.FromHours(23));
        await _script.SayAsync("U1", "bye guys");

        Assert.That(_script.Sender.Nudges, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Handle_RetryAfterDyingBetweenRateLimitAndSend_StillNudgesOnce()
    {
        _script.Sender.FailNextNudge = new IOException("the process died here");
        Assert.ThrowsAsync<IOException>(() => _script.SayAsAsync("U1", "m-crash", "hey guys"));

        // The inbox retries the same message: its own rate-limit record must not silence it.
        await _script.SayAsAsync("U1", "m-crash", "hey guys");

        Assert.That(_script.Sender.Nudges.Select(n => n.MessageId), Is.EqualTo(new[] { "m-crash" }));
    }

    [Test]
    public async Task Handle_OtherMessageAfterARetriedOne_IsStillRateLimited()
    {
        _script.Sender.FailNextNudge = new IOException("the process died here");
        Assert.ThrowsAsync<IOException>(() => _script.SayAsAsync("U1", "m-1", "hey guys"));
        await _script.SayAsAsync("U1", "m-1", "hey guys");

        await _script.SayAsAsync("U1", "m-2", "bye guys");

        Assert.That(_script.Sender.Nudges, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Handle_SameRuleAfterWindow_NudgesAgain()
    {
        await _script.SayAsync("U1", "hey guys");
        _script.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromSeconds(1));
        await _script.SayAsync("U1", "bye guys");

        Assert.That(_script.Sender.Nudges, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Handle_OtherRuleWithinWindow_StillNudgesForTheNewRuleOnly()
    {
        await _script.SayAsync("U1", "hey guys");
        await _script.SayAsync("U1", "guys, sanity check?");

        Assert.That(_script.Sender.Nudges[1].Items.Select(i => i.RuleId), Is.EqualTo(new[] { "technology/sanity-check" }));
    }

    [Test]
    public async Task Handle_RateLimit_IsPerMember()
    {
        await _script.SayAsync("U1", "hey guys");
        await _script.SayAsync("U2", "hey guys");

        Assert.That(_script.Sender.Nudges.Select(n => n.RecipientId), Is.EqualTo(new[] { "U1", "U2" }));
    }

    [Test]
    public async Task Handle_SnoozedMember_IsNotNudgedUntilTheSnoozeEnds()
    {
        await _script.AllyAsync("U1", "snooze 2h");
        _script.Sender.Clear();
        await _script.SayAsync("U1", "hey guys");
        _script.Clock.Advance(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1));
        await _script.SayAsync("U1", "hey guys");

        Assert.That(_script.Sender.Nudges, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Handle_OptedOutMember_IsNeverNudged()
    {
        await _script.AllyAsync("U1", "optout nudges");
        _script.Sender.Clear();
        await _script.SayAsync("U1", "hey guys");

        Assert.That(_script.Sender.Sent, Is.Empty);
    }

    [Test]
    public async Task Handle_ChannelOff_StaysSilent()
    {
        _script.Store.SetWorkspace(ConversationScript.Workspace, WorkspaceSettings.Default with { ChannelsOff = new HashSet<string> { "C9" } });

        await _script.SayAsync("U1", "hey guys", channel: "C9");
        await _script.SayAsync("U1", "hey guys", channel: "C1");

        Assert.That(_script.Sender.Nudges.Single().Where.ChannelId, Is.EqualTo("C1"));
    }

    [Test]
    public async Task Handle_WorkspaceFloorWarning_OnlyWarningsNudge()
    {
        _script.Store.SetWorkspace(ConversationScript.Workspace, WorkspaceSettings.Default with { SeverityFloor = Severity.Warning });

        await _script.SayAsync("U1", "hey guys");
        await _script.SayAsync("U2", "don't be a spaz");

        Assert.That(_script.Sender.Nudges.Single().Items.Single().RuleId, Is.EqualTo("ableism/slur"));
    }

    [Test]
    public async Task Handle_NudgeLog_HoldsRuleAndPseudonymButNoTextOrUserId()
    {
        await _script.SayAsync("U1", "hey guys, the secret launch is friday");

        var (member, ruleId, _) = _script.Store.Nudges.Single();
        Assert.Multiple(() =>
        {
            Assert.That(ruleId, Is.EqualTo("gendered-language/guys"));
            Assert.That(member.Pseudonym, Does.Not.Contain("U1"));
            Assert.That(member.ToString(), Does.Not.Contain("secret launch"));
        });
    }
}
