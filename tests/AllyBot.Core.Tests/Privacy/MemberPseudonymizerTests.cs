using AllyBot.Core.Conversations;
using AllyBot.Core.Privacy;

namespace AllyBot.Core.Tests.Privacy;

public sealed class MemberPseudonymizerTests
{
    private static readonly ChatAddress Slack = new(ChatPlatform.Slack, "T1", "C1");

    [Test]
    public void KeyFor_SameUser_IsStableAcrossChannels() =>
        Assert.That(new MemberPseudonymizer(new byte[32]).KeyFor(Slack, "U1"), Is.EqualTo(new MemberPseudonymizer(new byte[32]).KeyFor(Slack with { ChannelId = "C2" }, "U1")));

    [Test]
    public void KeyFor_OtherWorkspaceOrSecret_Differs()
    {
        var key = new MemberPseudonymizer(new byte[32]).KeyFor(Slack, "U1");

        Assert.Multiple(() =>
        {
            Assert.That(new MemberPseudonymizer(new byte[32]).KeyFor(Slack with { WorkspaceId = "T2" }, "U1").Pseudonym, Is.Not.EqualTo(key.Pseudonym));
            Assert.That(new MemberPseudonymizer(Enumerable.Repeat((byte)1, 32).ToArray()).KeyFor(Slack, "U1").Pseudonym, Is.Not.EqualTo(key.Pseudonym));
            Assert.That(key.Pseudonym, Does.Not.Contain("U1").And.Length.EqualTo(64));
        });
    }

    [Test]
    public void MessageRefFor_SameMessage_IsStableAndHoldsNoId()
    {
        var pseudonymizer = new MemberPseudonymizer(new byte[32]);

        var reference = pseudonymizer.MessageRefFor(Slack, "1700000000.000100");

        Assert.Multiple(() =>
        {
            Assert.That(pseudonymizer.MessageRefFor(Slack, "1700000000.000100"), Is.EqualTo(reference));
            Assert.That(reference, Does.Not.Contain("1700000000").And.Length.EqualTo(32));
        });
    }

    [Test]
    public void MessageRefFor_OtherMessageChannelOrSecret_Differs()
    {
        var reference = new MemberPseudonymizer(new byte[32]).MessageRefFor(Slack, "m1");

        Assert.Multiple(() =>
        {
            Assert.That(new MemberPseudonymizer(new byte[32]).MessageRefFor(Slack, "m2"), Is.Not.EqualTo(reference));
            Assert.That(new MemberPseudonymizer(new byte[32]).MessageRefFor(Slack with { ChannelId = "C2" }, "m1"), Is.Not.EqualTo(reference));
            Assert.That(new MemberPseudonymizer(Enumerable.Repeat((byte)1, 32).ToArray()).MessageRefFor(Slack, "m1"), Is.Not.EqualTo(reference));
        });
    }

    [Test]
    public void Constructor_ShortSecret_IsRefused() =>
        Assert.Throws<ArgumentException>(() => _ = new MemberPseudonymizer(new byte[16]));
}
