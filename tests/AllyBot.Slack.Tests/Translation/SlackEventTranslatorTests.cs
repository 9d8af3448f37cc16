using AllyBot.Core.Conversations;
using AllyBot.Slack.Tests.Support;
using AllyBot.Slack.Translation;
using AllyBot.Slack.Wire;

namespace AllyBot.Slack.Tests.Translation;

public sealed class SlackEventTranslatorTests
{
    private static SlackEventDecision Translate(string payload) => SlackEventTranslator.Translate(Payloads.Json<SlackEventEnvelope>(payload));

    [Test]
    public void Translate_MessageInChannel_IsChatMessageWithoutThread()
    {
        var decision = Translate("event-message-channel.json");

        Assert.That(decision.Action, Is.EqualTo(SlackEventAction.AcceptMessage));
        Assert.That(decision.Message, Is.EqualTo(new ChatMessage(
            new ChatAddress(ChatPlatform.Slack, "T0AB12CD3", "C0GENERAL1"),
            "1763900000.000100",
            new ChatUser("U0AUTHOR1"),
            "hey guys, quick sanity check before the demo",
            DateTimeOffset.FromUnixTimeMilliseconds(1763900000000))));
        Assert.That(decision.DedupeKey, Is.EqualTo("slack:T0AB12CD3:msg:C0GENERAL1:1763900000.000100"));
    }

    [Test]
    public void Translate_MessageInThread_CarriesThreadRoot()
    {
        var decision = Translate("event-message-thread.json");

        Assert.That(decision.Action, Is.EqualTo(SlackEventAction.AcceptMessage));
        Assert.That(decision.Message!.Where, Is.EqualTo(new ChatAddress(ChatPlatform.Slack, "T0AB12CD3", "C0GENERAL1", "1763900000.000100")));
        Assert.That(decision.Message.MessageId, Is.EqualTo("1763900200.000300"));
        Assert.That(decision.Message.Author, Is.EqualTo(new ChatUser("U0AUTHOR2")));
        Assert.That(decision.Message.Text, Is.EqualTo("that plan is crazy, let's whitelist the vendor"));
    }

    [Test]
    public void Translate_Edit_IsEditWithNewTextUnderItsOwnKey()
    {
        var decision = Translate("event-message-changed.json");

        Assert.That(decision.Action, Is.EqualTo(SlackEventAction.AcceptEdit));
        Assert.That(decision.Message, Is.Null);
        var edited = decision.Edit!.Message;
        Assert.That(edited.MessageId, Is.EqualTo("1763900000.000100"));
        Assert.That(edited.Where, Is.EqualTo(new ChatAddress(ChatPlatform.Slack, "T0AB12CD3", "C0GENERAL1")));
        Assert.That(edited.Text, Is.EqualTo("hey guys, quick sanity check before the demo at 3"));
        Assert.That(edited.Author.Id, Is.EqualTo("U0AUTHOR1"));
        Assert.That(decision.DedupeKey, Is.EqualTo("slack:T0AB12CD3:edit:C0GENERAL1:1763900000.000100:Ev0MSGEDIT01"));
    }

    [Test]
    public void Translate_EditThatRemovesTheFinding_IsAnEditToo()
    {
        var decision = Translate("event-message-changed-clean.json");

        Assert.That(decision.Action, Is.EqualTo(SlackEventAction.AcceptEdit));
        Assert.That(decision.Edit!.Message.Text, Is.EqualTo("hey everyone, quick check before the demo"));
        Assert.That(decision.DedupeKey, Is.EqualTo("slack:T0AB12CD3:edit:C0GENERAL1:1763900000.000100:Ev0MSGEDIT02"));
    }

    [Test]
    public void Translate_Delete_IsDeletionOfTheDeletedTs()
    {
        var decision = Translate("event-message-deleted.json");

        Assert.That(decision.Action, Is.EqualTo(SlackEventAction.AcceptDeletion));
        Assert.That(decision.Deletion, Is.EqualTo(new ChatMessageDeletion(new ChatAddress(ChatPlatform.Slack, "T0AB12CD3", "C0GENERAL1"), "1763900000.000100")));
        Assert.That(decision.DedupeKey, Is.EqualTo("slack:T0AB12CD3:del:C0GENERAL1:1763900000.000100"));
    }

    [Test]
    public void Translate_DeleteOfAThreadReply_KeepsTheThread()
    {
        var decision = Translate("event-message-deleted-thread-reply.json");

        Assert.That(decision.Deletion, Is.EqualTo(new ChatMessageDeletion(new ChatAddress(ChatPlatform.Slack, "T0AB12CD3", "C0GENERAL1", "1763900000.000100"), "1763900200.000300")));
    }

    [TestCase("event-bot-message.json", "subtype bot_message")]
    [TestCase("event-app-bot-message-no-subtype.json", "bot message")]
    [TestCase("event-message-channel-join.json", "subtype channel_join")]
    [TestCase("event-member-joined-channel.json", "member_joined_channel (no core event yet)")]
    [TestCase("event-channel-created.json", "event type channel_created")]
    [TestCase("event-url-verification.json", "envelope type url_verification")]
    public void Translate_NotForCore_IsIgnored(string payload, string reason)
    {
        var decision = Translate(payload);

        Assert.That(decision.Action, Is.EqualTo(SlackEventAction.Ignore));
        Assert.That(decision.Reason, Is.EqualTo(reason));
        Assert.That(decision.Message, Is.Null);
    }

    [Test]
    public void Translate_AppMention_SharesKeyWithItsMessageTwin()
    {
        var mention = Translate("event-app-mention.json");
        var twin = Translate("event-app-mention-message-twin.json");

        Assert.That(mention.Action, Is.EqualTo(SlackEventAction.AcceptMessage));
        Assert.That(mention.Message!.Text, Is.EqualTo("<@U0ALLYBOT> hey guys, is this wording ok?"));
        Assert.That(mention.DedupeKey, Is.EqualTo(twin.DedupeKey));
        Assert.That(mention.Message, Is.EqualTo(twin.Message));
    }

    [Test]
    public void Translate_AllyBotsOwnUser_IsIgnored()
    {
        var envelope = Payloads.Json<SlackEventEnvelope>("event-message-channel.json");
        var own = envelope with { Authorizations = [new SlackAuthorization(null, "T0AB12CD3", "U0AUTHOR1", IsBot: true, IsEnterpriseInstall: false)] };

        var decision = SlackEventTranslator.Translate(own);

        Assert.That(decision.Action, Is.EqualTo(SlackEventAction.Ignore));
        Assert.That(decision.Reason, Is.EqualTo("AllyBot's own message"));
    }

    [TestCase("event-app-uninstalled.json")]
    [TestCase("event-tokens-revoked.json")]
    public void Translate_UninstallOrRevokedBotToken_DeletesInstallation(string payload)
    {
        var decision = Translate(payload);

        Assert.That(decision.Action, Is.EqualTo(SlackEventAction.DeleteInstallation));
        Assert.That(decision.WorkspaceId, Is.EqualTo("T0AB12CD3"));
    }

    [Test]
    public void Translate_DirectMessageToAllyBot_IsChatCommandInTheDm()
    {
        var decision = Translate("event-message-im.json");

        Assert.That(decision.Action, Is.EqualTo(SlackEventAction.AcceptCommand));
        Assert.That(decision.Message, Is.Null);
        Assert.That(decision.Command, Is.EqualTo(new ChatCommand(
            new ChatAddress(ChatPlatform.Slack, "T0AB12CD3", "D0ALLYDM01"), new ChatUser("U0AUTHOR1"), "Kim set up the staging database for everyone")));
        Assert.That(decision.DedupeKey, Is.EqualTo("slack:T0AB12CD3:msg:D0ALLYDM01:1763900300.000400"));
    }
}
