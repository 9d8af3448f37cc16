using AllyBot.Teams.Inbound;

namespace AllyBot.Teams.Tests.Inbound;

public sealed class ConversationIdsTests
{
    [Test]
    public void Split_ChannelReplyChain_SeparatesChannelAndRoot()
    {
        Assert.That(ConversationIds.Split("19:abc@thread.tacv2;messageid=1700000000000"), Is.EqualTo(("19:abc@thread.tacv2", (string?)"1700000000000")));
    }

    [Test]
    public void Compose_ChannelAndRoot_RoundTrips()
    {
        Assert.That(ConversationIds.Compose("19:abc@thread.tacv2", "1700000000000"), Is.EqualTo("19:abc@thread.tacv2;messageid=1700000000000"));
        Assert.That(ConversationIds.Compose("19:abc@thread.v2", null), Is.EqualTo("19:abc@thread.v2"));
    }

    [TestCase("a:1abc", true)]
    [TestCase("19:abc@thread.v2", false)]
    [TestCase("19:abc@thread.tacv2;messageid=1", false)]
    public void IsPersonal_ConversationId_TellsPersonalChats(string id, bool personal)
    {
        Assert.That(ConversationIds.IsPersonal(id), Is.EqualTo(personal));
    }
}
