using System.Text.Json.Nodes;
using AllyBot.Core.Conversations;
using AllyBot.Core.Replies;
using AllyBot.Slack.Outbound;
using AllyBot.Slack.Tests.Support;
using AllyBot.Slack.Translation;
using AllyBot.Slack.Wire;

namespace AllyBot.Slack.Tests.Outbound;

public sealed class SlackDialogRendererTests
{
    internal static readonly ChatAddress General = new(ChatPlatform.Slack, "T0AB12CD3", "C0GENERAL1");

    internal static readonly DialogPrompt PickPrompt = new(
        General,
        "U0AUTHOR1",
        "Who helped you this week in <#C0GENERAL1>? Tip: <b> is not a tag & <@U0KIM0001> is a mention.",
        new MemberPickerInput(DialogActions.CreditPick, "dlg-7f3a9c", ["U0KIM0001", "U0ANA0002"]),
        [new DialogChoice("Skip this week", DialogActions.Skip, "dlg-7f3a9c"), new DialogChoice("Pause 4 weeks", DialogActions.Pause, "dlg-7f3a9c")]);

    internal static readonly DialogPrompt DescribePrompt = new(
        General,
        "U0AUTHOR1",
        "What did <@U0KIM0001> do?",
        new TextAnswerInput(DialogActions.CreditDescribe, "dlg-7f3a9c", "A sentence or two", 10),
        [new DialogChoice("Skip", DialogActions.Skip, "dlg-7f3a9c", IsDefault: true)]);

    private static readonly Dictionary<string, string> Names = new() { ["U0KIM0001"] = "Kim Lee", ["U0ANA0002"] = "Ana Ruiz" };

    private static JsonObject Block(JsonArray blocks, string blockId) => blocks.OfType<JsonObject>().Single(b => (string?)b["block_id"] == blockId);

    [Test]
    public void Render_Text_KeepsMentionsAndEscapesTheRest()
    {
        var blocks = SlackDialogRenderer.Render(PickPrompt, Names);

        Assert.That((string?)blocks[0]!["text"]!["text"], Is.EqualTo("Who helped you this week in <#C0GENERAL1>? Tip: &lt;b&gt; is not a tag &amp; <@U0KIM0001> is a mention."));
    }

    [Test]
    public void Render_MemberPicker_IsMultiStaticSelectOfTheCandidatesOnly()
    {
        var blocks = SlackDialogRenderer.Render(PickPrompt, Names);

        var picker = Block(blocks, "ally-input:dlg-7f3a9c");
        Assert.That((string?)picker["type"], Is.EqualTo("actions"));
        var select = picker["elements"]![0]!;
        Assert.That((string?)select["type"], Is.EqualTo("multi_static_select"));
        Assert.That((string?)select["action_id"], Is.EqualTo(DialogActions.CreditPick));
        var options = select["options"]!.AsArray().Select(o => ((string?)o!["text"]!["text"], (string?)o["value"])).ToList();
        Assert.That(options, Is.EqualTo(new[] { ("Kim Lee", "U0KIM0001"), ("Ana Ruiz", "U0ANA0002") }));

        var send = Block(blocks, SlackDialogRenderer.SendBlockId)["elements"]![0]!;
        Assert.That(((string?)send["action_id"], (string?)send["value"], (string?)send["style"]), Is.EqualTo((DialogActions.CreditPick, "dlg-7f3a9c", "primary")));
    }

    [Test]
    public void Render_Choices_AreButtonsInOrderWithTheirValues()
    {
        var blocks = SlackDialogRenderer.Render(PickPrompt, Names);

        var buttons = Block(blocks, SlackDialogRenderer.ChoicesBlockId)["elements"]!.AsArray()
            .Select(b => ((string?)b!["text"]!["text"], (string?)b["action_id"], (string?)b["value"])).ToList();
        Assert.That(buttons, Is.EqualTo(new[] { ("Skip this week", DialogActions.Skip, "dlg-7f3a9c"), ("Pause 4 weeks", DialogActions.Pause, "dlg-7f3a9c") }));
    }

    [Test]
    public void Render_UnknownName_ShowsTheUserId()
    {
        var blocks = SlackDialogRenderer.Render(PickPrompt, new Dictionary<string, string>());

        var labels = Block(blocks, "ally-input:dlg-7f3a9c")["elements"]![0]!["options"]!.AsArray().Select(o => (string?)o!["text"]!["text"]);
        Assert.That(labels, Is.EqualTo(new[] { "U0KIM0001", "U0ANA0002" }));
    }

    [Test]
    public void Render_TextAnswer_IsDispatchingPlainTextInputWithSendButton()
    {
        var blocks = SlackDialogRenderer.Render(DescribePrompt, Names);

        var input = Block(blocks, "ally-input:dlg-7f3a9c");
        Assert.That(input.ToJsonString(), Is.EqualTo(
            """{"type":"input","block_id":"ally-input:dlg-7f3a9c","dispatch_action":true,"label":{"type":"plain_text","text":"Your answer"},"element":{"type":"plain_text_input","action_id":"dialog-credit-describe","multiline":false,"dispatch_action_config":{"trigger_actions_on":["on_enter_pressed"]},"placeholder":{"type":"plain_text","text":"A sentence or two"},"min_length":10}}"""));
        Assert.That((string?)Block(blocks, SlackDialogRenderer.SendBlockId)["elements"]![0]!["action_id"], Is.EqualTo(DialogActions.CreditDescribe));
    }

    [Test]
    public void Render_PlainMessage_IsOneSection()
    {
        var blocks = SlackDialogRenderer.Render(DialogPrompt.Message(General, "U0AUTHOR1", "You were credited"), Names);

        Assert.That(blocks, Has.Count.EqualTo(1));
    }

    [Test]
    public void Render_ThenPickAndSend_TranslatesBackToTheInputsValueAndTheChosenIds()
    {
        var blocks = SlackDialogRenderer.Render(PickPrompt, Names);
        var payload = Payloads.Json<SlackInteractionPayload>("interaction-block-actions-dialog-picker.json");

        // The golden payload's state and button are what Slack sends back for these blocks.
        var send = Block(blocks, SlackDialogRenderer.SendBlockId)["elements"]![0]!;
        Assert.That(payload.State!.Values!.Keys.Single(), Is.EqualTo((string?)Block(blocks, "ally-input:dlg-7f3a9c")["block_id"]));
        Assert.That(payload.Actions!.Single().Value, Is.EqualTo((string?)send["value"]));
        var button = SlackInteractionTranslator.Translate(payload).Buttons.Single().Button;
        Assert.That(button.Value, Is.EqualTo(PickPrompt.Input!.Value + " U0KIM0001 U0ANA0002"));
    }
}
