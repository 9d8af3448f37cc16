using AllyBot.Core.Conversations;
using AllyBot.Core.Replies;
using AllyBot.Teams.Inbound;
using AllyBot.Teams.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace AllyBot.Teams.Tests.Inbound;

public sealed class ActivityTranslatorTests
{
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private const string Sam = "29:1GcS4EyB_oSI8A88XmWBN7NJFyMqe3QGnJdgLfFGkJnVelzRGos0bPbpsfJjcbAD22bmKc4GMbrY2g4JDrrA8vM06X1-cHHle4zOE6U4ttcc";
    private const string Channel = "19:a1b2c3d4e5f64a0b9e56f1b1f1b1f1b1@thread.tacv2";
    private const string Personal = "a:1Rk2QmV3bPersonalChatWithAllyBotExampleId_3x9Q";
    private const string Team = "19:0fc5e2e5c3b64a0b9e56f1b1f1b1f1b1@thread.tacv2";

    private readonly ActivityTranslator _translator = new(new FakeTimeProvider());

    private TeamsEvent Translate(string file) => _translator.Translate(ActivityFiles.Load(file));

    [Test]
    public void Translate_ChannelMessageMentioningBot_StripsBotMentionKeepsOthersAndDecodes()
    {
        var message = (MessageEvent)Translate("channel-message-mention.json");

        Assert.That(message.DedupeKey, Is.EqualTo("teams:1763630142123"));
        Assert.That(message.Message.Text, Is.EqualTo("hey <at>Alex Doe</at>, thanks guys for the quick fix & the review!"));
        Assert.That(message.Message.Where, Is.EqualTo(new ChatAddress(ChatPlatform.Teams, Tenant, Channel, "1763630000000")));
        Assert.That(message.Message.Author, Is.EqualTo(new ChatUser(Sam)));
        Assert.That(message.Message.MessageId, Is.EqualTo("1763630142123"));
        Assert.That(message.Message.SentAt, Is.EqualTo(new DateTimeOffset(2026, 11, 20, 9, 15, 42, TimeSpan.Zero).AddTicks(1234567)));
    }

    [Test]
    public void Translate_ChannelMessageMentioningBotWithCommandWord_IsCommand()
    {
        var command = (CommandEvent)Translate("channel-message-command.json");

        Assert.That(command.Command.Text, Is.EqualTo("tips gendered-language"));
        Assert.That(command.Command.Where, Is.EqualTo(new ChatAddress(ChatPlatform.Teams, Tenant, Channel, "1763630401555")));
        Assert.That(command.Command.Caller.Id, Is.EqualTo(Sam));
        Assert.That(command.DedupeKey, Is.EqualTo("teams:1763630401555"));
    }

    [Test]
    public void Translate_PersonalCommandWord_IsCommandInThePersonalChat()
    {
        var command = (CommandEvent)Translate("personal-message.json");

        Assert.That(command.Command.Text, Is.EqualTo("snooze 2h"));
        Assert.That(command.Command.Where, Is.EqualTo(new ChatAddress(ChatPlatform.Teams, Tenant, Personal)));
    }

    [Test]
    public void Translate_PersonalSlashAlly_DropsThePrefix()
    {
        var command = (CommandEvent)Translate("personal-message-ally.json");

        Assert.That(command.Command.Text, Is.EqualTo("optout nudges"));
    }

    [Test]
    public void Translate_PersonalMessageThatIsNoCommand_IsCommandWithTheFullTextForTypedDialogAnswers()
    {
        var command = (CommandEvent)Translate("personal-message-chat.json");

        Assert.That(command.Command.Text, Is.EqualTo("hi there, what can you do?"));
        Assert.That(command.Command.Where, Is.EqualTo(new ChatAddress(ChatPlatform.Teams, Tenant, Personal)));
    }

    [Test]
    public void Translate_GroupChatMessage_IsMessageWithoutThread()
    {
        var message = (MessageEvent)Translate("group-chat-message.json");

        Assert.That(message.Message.Text, Is.EqualTo("Morning guys! Ready for the demo?"));
        Assert.That(message.Message.Where, Is.EqualTo(new ChatAddress(ChatPlatform.Teams, Tenant, "19:meeting_9f8e7d6c5b4a49382716f5e4d3c2b1a0@thread.v2")));
        Assert.That(message.Message.Author.Id, Is.EqualTo("29:1Pq9ZzKimUserInGroupChatExampleId"));
    }

    [Test]
    public void Translate_CardSubmit_IsButtonWithRuleIds()
    {
        var button = (ButtonEvent)Translate("card-submit.json");

        Assert.That(button.IsInvoke, Is.False);
        Assert.That(button.Button, Is.EqualTo(new ChatButton(new ChatAddress(ChatPlatform.Teams, Tenant, Personal), new ChatUser(Sam), NudgeActions.Snooze, "gendered-language/guys")));
        Assert.That(button.DedupeKey, Is.EqualTo("teams:f:8812345678901234567"));
    }

    [Test]
    public void Translate_AdaptiveCardActionInvoke_IsButtonWithSpaceSeparatedRuleIds()
    {
        var button = (ButtonEvent)Translate("invoke-adaptive-card-action.json");

        Assert.That(button.IsInvoke, Is.True);
        Assert.That(button.Button.ActionId, Is.EqualTo(NudgeActions.NotHelpful));
        Assert.That(button.Button.Value, Is.EqualTo("gendered-language/guys ableism/crazy"));
        Assert.That(button.Button.Where.ChannelId, Is.EqualTo(Personal));
    }

    [Test]
    public void Translate_UnknownInvoke_IsNotImplemented()
    {
        Assert.That(Translate("invoke-unknown.json"), Is.EqualTo(new InvokeAnswerEvent(501, null)));
    }

    [Test]
    public void Translate_InstallationAdd_IsInstallWithTeamReference()
    {
        var install = (InstallEvent)Translate("installation-update-add.json");

        Assert.That(install.Reference.ServiceUrl, Is.EqualTo("https://smba.trafficmanager.net/amer/"));
        Assert.That(install.Reference.BotId, Is.EqualTo("28:5f0c3b1e-7a2d-4c8e-9b6f-2d1e0a9c8b7a"));
        Assert.That(install.Reference.TenantId, Is.EqualTo(Tenant));
        Assert.That(install.Reference.TeamId, Is.EqualTo(Team));
    }

    [Test]
    public void Translate_InstallationRemove_IsUninstall()
    {
        Assert.That(Translate("installation-update-remove.json"), Is.EqualTo(new UninstallEvent(Tenant, Team)));
    }

    [Test]
    public void Translate_BotAddedToTeam_IsInstall()
    {
        var install = (InstallEvent)Translate("conversation-update-bot-added.json");

        Assert.That(install.Reference.TeamId, Is.EqualTo(Team));
        Assert.That(install.Reference.ConversationId, Is.EqualTo(Team));
    }

    [Test]
    public void Translate_BotRemovedFromTeam_IsUninstall()
    {
        Assert.That(Translate("conversation-update-bot-removed.json"), Is.EqualTo(new UninstallEvent(Tenant, Team)));
    }

    [Test]
    public void Translate_Edit_IsEditWithSameIdAndEditDedupeKey()
    {
        var edit = (EditEvent)Translate("message-update.json");

        Assert.That(edit.Edit.Message.MessageId, Is.EqualTo("1763630142123"));
        Assert.That(edit.Edit.Message.Where, Is.EqualTo(new ChatAddress(ChatPlatform.Teams, Tenant, "19:a1b2c3d4e5f64a0b9e56f1b1f1b1f1b1@thread.tacv2", "1763630000000")));
        Assert.That(edit.Edit.Message.Text, Is.EqualTo("Thanks everyone, and sorry guys for the delay"));
        Assert.That(edit.DedupeKey, Is.EqualTo("teams:1763630142123:edit:2026-11-20T09:50:30.0000000Z"));
        Assert.That(edit.DedupeKey, Is.Not.EqualTo(((MessageEvent)Translate("channel-message-mention.json")).DedupeKey));
    }

    [Test]
    public void Translate_EditToEmptyText_IsStillAnEdit()
    {
        var activity = ActivityFiles.Load("message-update.json") with { Text = "" };

        Assert.That(((EditEvent)new ActivityTranslator(new FakeTimeProvider()).Translate(activity)).Edit.Message.Text, Is.Empty);
    }

    [Test]
    public void Translate_Delete_IsDeletionOfThatMessageInItsThread()
    {
        var deletion = (DeletionEvent)Translate("message-delete.json");

        Assert.That(deletion.Deletion, Is.EqualTo(new ChatMessageDeletion(
            new ChatAddress(ChatPlatform.Teams, Tenant, "19:a1b2c3d4e5f64a0b9e56f1b1f1b1f1b1@thread.tacv2", "1763630000000"), "1763630142123")));
        Assert.That(deletion.DedupeKey, Is.EqualTo("teams:1763630142123:delete"));
    }

    [Test]
    public void Translate_MessageWithoutTenant_IsIgnored()
    {
        var activity = ActivityFiles.Load("group-chat-message.json") with { ChannelData = null, Conversation = new Wire.ConversationAccount { Id = "19:x@thread.v2" } };

        Assert.That(_translator.Translate(activity), Is.EqualTo(new IgnoredEvent("incomplete")));
    }

    [Test]
    public void Translate_MessageFromABot_IsIgnored()
    {
        var activity = ActivityFiles.Load("group-chat-message.json") with { From = new Wire.ChannelAccount { Id = "28:someone-else", Role = "bot" } };

        Assert.That(_translator.Translate(activity), Is.EqualTo(new IgnoredEvent("bot")));
    }

    [Test]
    public void Translate_StaleButtonVerb_AnswersInvokeWithoutPersisting()
    {
        var activity = ActivityFiles.Load("invoke-adaptive-card-action.json");
        var stale = activity with { Value = System.Text.Json.JsonDocument.Parse("""{"action":{"type":"Action.Execute","verb":"old-verb","data":{}}}""").RootElement };

        Assert.That(_translator.Translate(stale), Is.EqualTo(new InvokeAnswerEvent(200, ActivityTranslator.StaleButtonAnswer)));
    }

    [Test]
    public void Translate_DialogPickerInvoke_IsButtonWithValueThenPickedIdsSeparatedBySpaces()
    {
        var button = (ButtonEvent)Translate("invoke-dialog-pick.json");

        Assert.That(button.IsInvoke, Is.True);
        Assert.That(button.Button.ActionId, Is.EqualTo(DialogActions.CreditPick));
        Assert.That(button.Button.Value, Is.EqualTo("dlg-7f3a 29:1xYzAlexDoeUserIdExample 29:1KimLeeUserIdExample"));
        Assert.That(button.Button.Where, Is.EqualTo(new ChatAddress(ChatPlatform.Teams, Tenant, Personal)));
        Assert.That(button.Button.User.Id, Is.EqualTo(Sam));
    }

    [Test]
    public void Translate_DialogTextInvoke_IsButtonWithValueThenTheText()
    {
        var button = (ButtonEvent)Translate("invoke-dialog-text.json");

        Assert.That(button.Button.ActionId, Is.EqualTo(DialogActions.CreditDescribe));
        Assert.That(button.Button.Value, Is.EqualTo("dlg-7f3a Alex untangled the release pipeline\nand paired with Kim."));
        Assert.That(Core.Dialogs.DialogButtonValue.Parse(button.Button.Value), Is.EqualTo(("dlg-7f3a", "Alex untangled the release pipeline\nand paired with Kim.")));
    }

    [Test]
    public void Translate_DialogButtonInvoke_IsButtonWithTheValueUnchanged()
    {
        var button = (ButtonEvent)Translate("invoke-dialog-skip.json");

        Assert.That(button.Button.ActionId, Is.EqualTo(DialogActions.Skip));
        Assert.That(button.Button.Value, Is.EqualTo("dlg-7f3a"));
    }

    [Test]
    public void Translate_PersonalMessageWithMentions_IsCommandWithMentionTokens()
    {
        var command = (CommandEvent)Translate("personal-message-credit-mention.json");

        Assert.That(command.Command.Text, Is.EqualTo("credit <@29:1xYzAlexDoeUserIdExample> and <@29:1KimLeeUserIdExample> for the review"));
    }

    [Test]
    public void Translate_ChannelCommandWithMentions_DropsTheBotMentionAndTokenizesOthers()
    {
        var command = (CommandEvent)Translate("channel-message-amplify.json");

        Assert.That(command.Command.Text, Is.EqualTo(
            "amplify https://teams.microsoft.com/l/message/19:a1b2c3d4e5f64a0b9e56f1b1f1b1f1b1@thread.tacv2/1763630142123 so <@29:1xYzAlexDoeUserIdExample> gets heard"));
    }

    [Test]
    public void Translate_ChannelMessageWithMentions_KeepsAtElementsInTheMessageText()
    {
        var message = (MessageEvent)Translate("channel-message-mention.json");

        Assert.That(message.Message.Text, Does.Contain("<at>Alex Doe</at>").And.Not.Contain("<@"));
    }

    [Test]
    public void Translate_SettingsTypedInChannel_AsksForTheSettingsCard()
    {
        var request = (CardRequestEvent)Translate("channel-message-settings.json");

        Assert.That(request.Kind, Is.EqualTo(Teams.Cards.CardRequest.Settings));
        Assert.That(request.Command.Text, Is.EqualTo("settings"));
        Assert.That(request.Command.Where.ChannelId, Is.EqualTo(Channel));
        Assert.That(request.DedupeKey, Is.EqualTo("teams:1763630500000"));
    }

    [Test]
    public void Translate_AdminRuleAddWithoutYaml_AsksForTheRuleForm()
    {
        var request = (CardRequestEvent)Translate("channel-message-rule-add.json");

        Assert.That(request.Kind, Is.EqualTo(Teams.Cards.CardRequest.RuleForm));
        Assert.That(request.Command.Text, Is.EqualTo("admin rule add"));
    }

    [Test]
    public void Translate_AdminRuleAddWithYaml_StaysTheTextCommand()
    {
        var activity = ActivityFiles.Load("personal-message.json") with { Text = "/ally admin rule add {id: custom/x, severity: info}" };

        var command = (CommandEvent)_translator.Translate(activity);

        Assert.That(command.Command.Text, Is.EqualTo("admin rule add {id: custom/x, severity: info}"));
    }

    [Test]
    public void Translate_AdminRuleAddWithMultiLineYaml_KeepsTheLinesForTheTextForm()
    {
        var activity = ActivityFiles.Load("personal-message.json") with { Text = "/ally admin rule add<br>id: custom/x<br>match:<br>&nbsp; words: [x]" };

        var command = (CommandEvent)_translator.Translate(activity);

        Assert.That(command.Command.Text, Is.EqualTo("admin rule add\nid: custom/x\nmatch:\n words: [x]"));
    }

    [Test]
    public void Translate_SettingsPress_IsACardActionAboutTheChannelInItsData()
    {
        var press = (CardActionEvent)Translate("invoke-settings-severity-floor.json");

        Assert.That(press.Verb, Is.EqualTo(Teams.Cards.CardVerbs.Settings));
        Assert.That(press.Where, Is.EqualTo(new ChatAddress(ChatPlatform.Teams, Tenant, Channel)));
        Assert.That(press.User.Id, Is.EqualTo(Sam));
        Assert.That(press.Data.GetProperty("command").GetString(), Is.EqualTo("admin severity-floor warning"));
    }

    [Test]
    public void Translate_SettingsPressWithoutChannel_IsAboutTheChatItSitsIn()
    {
        var activity = ActivityFiles.Load("invoke-settings-snooze.json");
        var value = System.Text.Json.JsonDocument.Parse(ActivityFiles.Read("invoke-settings-snooze.json")).RootElement.GetProperty("value").GetRawText()
            .Replace("\"channel\"", "\"ignored\"", StringComparison.Ordinal);

        var press = (CardActionEvent)_translator.Translate(activity with { Value = System.Text.Json.JsonDocument.Parse(value).RootElement });

        Assert.That(press.Where, Is.EqualTo(new ChatAddress(ChatPlatform.Teams, Tenant, Personal)));
    }
}
