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
    public void Constructor_ShortSecret_IsRefused() =>
        Assert.Throws<ArgumentException>(() => _ = new MemberPseudonymizer(new byte[16]));
}
