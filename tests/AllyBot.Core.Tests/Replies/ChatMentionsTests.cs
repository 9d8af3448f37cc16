using AllyBot.Core.Replies;

namespace AllyBot.Core.Tests.Replies;

public sealed class ChatMentionsTests
{
    [TestCase("<@U1>", "U1")]
    [TestCase("<@U1|sam>", "U1")]
    [TestCase("<@29:1abcDEF>", "29:1abcDEF")]
    public void TryParseMember_Mention_ReadsTheId(string word, string id)
    {
        Assert.That(ChatMentions.TryParseMember(word, out var userId), Is.True);
        Assert.That(userId, Is.EqualTo(id));
    }

    [TestCase("@sam")]
    [TestCase("sam")]
    [TestCase("<@>")]
    [TestCase("<#C1>")]
    [TestCase("<@U1")]
    [TestCase("<@U1 U2>")]
    [TestCase(null)]
    public void TryParseMember_NotAMention_False(string? word) => Assert.That(ChatMentions.TryParseMember(word, out _), Is.False);

    [Test]
    public void Members_Lists_WithAnd()
    {
        Assert.That(ChatMentions.Members([]), Is.Empty);
        Assert.That(ChatMentions.Members(["U1"]), Is.EqualTo("<@U1>"));
        Assert.That(ChatMentions.Members(["U1", "U2", "U3"]), Is.EqualTo("<@U1>, <@U2> and <@U3>"));
    }

    [Test]
    public void Channel_Token() => Assert.That(ChatMentions.Channel("C1"), Is.EqualTo("<#C1>"));
}
