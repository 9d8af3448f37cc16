using AllyBot.Core.Conversations;
using AllyBot.Core.Replies;
using AllyBot.Slack.Tests.Support;
using AllyBot.Slack.Translation;
using AllyBot.Slack.Wire;

namespace AllyBot.Slack.Tests.Translation;

public sealed class SlackInteractionTranslatorTests
{
    private static SlackInteractionDecision Translate(string payload) => SlackInteractionTranslator.Translate(Payloads.Json<SlackInteractionPayload>(payload));

    [Test]
    public void Translate_NotHelpfulButton_IsChatButtonWithRuleIds()
    {
        var decision = Translate("interaction-block-actions-not-helpful.json");

        Assert.That(decision.Buttons, Has.Count.EqualTo(1));
        var (key, button) = decision.Buttons[0];
        Assert.That(button, Is.EqualTo(new ChatButton(
            new ChatAddress(ChatPlatform.Slack, "T0AB12CD3", "C0GENERAL1", "1763900000.000100"),
            new ChatUser("U0AUTHOR1"),
            NudgeActions.NotHelpful,
            "gendered-terms/guys-for-groups ableism/crazy")));
        Assert.That(key, Is.EqualTo("slack:T0AB12CD3:btn:1763900001.000111:nudge-not-helpful:1763900010.123456"));
        Assert.That(decision.AckBody, Is.Null);
    }

    [Test]
    public void Translate_SomeoneElsesButton_IsIgnored()
    {
        var decision = Translate("interaction-block-actions-unknown.json");

        Assert.That(decision.Buttons, Is.Empty);
        Assert.That(decision.Command, Is.Null);
    }

    [Test]
    public void Translate_CheckModalSubmitted_IsCheckCommandInTheChannel()
    {
        var decision = Translate("interaction-view-submission.json");

        Assert.That(decision.Command!.Value.Command, Is.EqualTo(new ChatCommand(
            new ChatAddress(ChatPlatform.Slack, "T0AB12CD3", "C0GENERAL1"), new ChatUser("U0AUTHOR1"), "check Hi guys, the new hire is a real ninja")));
        Assert.That(decision.Command.Value.DedupeKey, Is.EqualTo("slack:T0AB12CD3:view:V0CHECK0001:1763900950.AbCdEfGh"));
        Assert.That(decision.AckBody, Is.Null);
    }

    [Test]
    public void Translate_CheckModalEmpty_AnswersFieldError()
    {
        var decision = Translate("interaction-view-submission-empty.json");

        Assert.That(decision.Command, Is.Null);
        Assert.That(decision.AckBody!.ToJsonString(), Is.EqualTo("""{"response_action":"errors","errors":{"draft":"Paste the text you want checked."}}"""));
    }

    [Test]
    public void Translate_CheckShortcut_OpensModal()
    {
        var shortcut = new SlackInteractionPayload("shortcut", SlackCheckModal.CallbackId, new SlackTeamRef("T0AB12CD3", "allyco", null), new SlackUserRef("U0AUTHOR1", "sam", "T0AB12CD3"),
            "A0ALLYBOT1", "123.456.abc", null, null, null, null, null, null);

        Assert.That(SlackInteractionTranslator.Translate(shortcut).OpenCheckModal, Is.True);
    }

    private static readonly ChatAddress AllyDm = new(ChatPlatform.Slack, "T0AB12CD3", "D0ALLYDM01");

    [Test]
    public void Translate_DialogPickerSent_IsChatButtonWithPrefixAndChosenUserIds()
    {
        var decision = Translate("interaction-block-actions-dialog-picker.json");

        var (key, button) = decision.Buttons.Single();
        Assert.That(button, Is.EqualTo(new ChatButton(AllyDm, new ChatUser("U0AUTHOR1"), DialogActions.CreditPick, "dlg-7f3a9c U0KIM0001 U0ANA0002")));
        Assert.That(key, Is.EqualTo("slack:T0AB12CD3:btn:1763900200.000300:dialog-credit-pick:1763900260.654321"));
    }

    [Test]
    public void Translate_DialogPickerSelectionChanged_IsIgnoredUntilSent()
    {
        var decision = Translate("interaction-block-actions-dialog-picker-changed.json");

        Assert.That(decision.Buttons, Is.Empty);
    }

    [Test]
    public void Translate_DialogTextEntered_IsChatButtonWithPrefixAndText()
    {
        var decision = Translate("interaction-block-actions-dialog-text.json");

        var (_, button) = decision.Buttons.Single();
        Assert.That(button, Is.EqualTo(new ChatButton(AllyDm, new ChatUser("U0AUTHOR1"), DialogActions.CreditDescribe, "dlg-7f3a9c Set up staging for the whole team")));
    }
}
