using System.Text.Json.Nodes;
using AllyBot.Core.Conversations;
using AllyBot.Core.Replies;
using AllyBot.Teams.Sending;

namespace AllyBot.Teams.Tests.Sending;

public sealed class DialogCardTests
{
    private static readonly ChatAddress Where = new(ChatPlatform.Teams, "72f988bf-86f1-41af-91ab-2d7cd011db47", "19:abc@thread.tacv2");
    private static readonly Dictionary<string, string> Names = new() { ["29:1alex"] = "Alex Doe", ["29:1kim"] = "Kim Lee", ["29:1lee"] = "Lee Park" };

    private static readonly DialogChoice[] SkipAndPause =
    [
        new("Skip this week", DialogActions.Skip, "dlg-1"),
        new("Pause 4 weeks", DialogActions.Pause, "dlg-1"),
    ];

    private static JsonArray Actions(JsonObject card) => card["actions"]!.AsArray();

    [Test]
    public void Build_Buttons_AreExecuteWithVerbAndOpaqueValue()
    {
        var prompt = new DialogPrompt(Where, "29:1sam", "Where should the credit go?", null,
            [new("In the channel", DialogActions.CreditShareChannel, "dlg-1", IsDefault: true), .. SkipAndPause]);

        var card = DialogCard.Build(prompt, Names);

        Assert.That(card["type"]!.GetValue<string>(), Is.EqualTo("AdaptiveCard"));
        Assert.That(card["version"]!.GetValue<string>(), Is.EqualTo("1.5"));
        Assert.That(card["body"]![0]!["text"]!.GetValue<string>(), Is.EqualTo("Where should the credit go?"));
        var actions = Actions(card);
        Assert.That(actions.Select(a => a!["type"]!.GetValue<string>()), Is.All.EqualTo("Action.Execute"));
        Assert.That(actions.Select(a => a!["verb"]!.GetValue<string>()), Is.EqualTo(new[] { DialogActions.CreditShareChannel, DialogActions.Skip, DialogActions.Pause }));
        Assert.That(actions.Select(a => a!["data"]!["value"]!.GetValue<string>()), Is.All.EqualTo("dlg-1"));
        Assert.That(actions[0]!["style"]!.GetValue<string>(), Is.EqualTo("positive"));
        Assert.That(actions[1]!["style"], Is.Null);
        Assert.That(card["msteams"], Is.Null);
    }

    [Test]
    public void Build_MemberPicker_IsMultiSelectOfTheCandidatesOnlyWithNames()
    {
        var prompt = new DialogPrompt(Where, "29:1sam", "Who helped you this week?", new MemberPickerInput(DialogActions.CreditPick, "dlg-1", ["29:1alex", "29:1kim"]), SkipAndPause);

        var card = DialogCard.Build(prompt, Names);

        var picker = card["body"]![1]!;
        Assert.That(picker["type"]!.GetValue<string>(), Is.EqualTo("Input.ChoiceSet"));
        Assert.That(picker["id"]!.GetValue<string>(), Is.EqualTo(DialogCard.PickInputId));
        Assert.That(picker["isMultiSelect"]!.GetValue<bool>(), Is.True);
        var choices = picker["choices"]!.AsArray();
        Assert.That(choices.Select(c => c!["value"]!.GetValue<string>()), Is.EqualTo(new[] { "29:1alex", "29:1kim" }));
        Assert.That(choices.Select(c => c!["title"]!.GetValue<string>()), Is.EqualTo(new[] { "Alex Doe", "Kim Lee" }));
        var submit = Actions(card)[0]!;
        Assert.That(submit["verb"]!.GetValue<string>(), Is.EqualTo(DialogActions.CreditPick));
        Assert.That(submit["data"]!["input"]!.GetValue<string>(), Is.EqualTo(DialogCard.PickInputId));
        Assert.That(submit["data"]!["value"]!.GetValue<string>(), Is.EqualTo("dlg-1"));
        Assert.That(Actions(card)[1]!["associatedInputs"]!.GetValue<string>(), Is.EqualTo("none"));
    }

    [Test]
    public void Build_TextAnswer_IsRequiredMultilineTextWithPlaceholder()
    {
        var prompt = new DialogPrompt(Where, "29:1sam", "What exactly did they do?", new TextAnswerInput(DialogActions.CreditDescribe, "dlg-1", "e.g. reviewed my PR", 10), SkipAndPause);

        var card = DialogCard.Build(prompt, Names);

        var box = card["body"]![1]!;
        Assert.That(box["type"]!.GetValue<string>(), Is.EqualTo("Input.Text"));
        Assert.That(box["id"]!.GetValue<string>(), Is.EqualTo(DialogCard.TextInputId));
        Assert.That(box["isMultiline"]!.GetValue<bool>(), Is.True);
        Assert.That(box["isRequired"]!.GetValue<bool>(), Is.True);
        Assert.That(box["placeholder"]!.GetValue<string>(), Is.EqualTo("e.g. reviewed my PR"));
        Assert.That(Actions(card)[0]!["verb"]!.GetValue<string>(), Is.EqualTo(DialogActions.CreditDescribe));
        Assert.That(Actions(card)[0]!["data"]!["input"]!.GetValue<string>(), Is.EqualTo(DialogCard.TextInputId));
    }

    [Test]
    public void Build_TextWithMemberToken_HasMentionEntity()
    {
        var card = DialogCard.Build(DialogPrompt.Message(Where, "29:1sam", "<@29:1alex> credited you."), Names);

        Assert.That(card["body"]![0]!["text"]!.GetValue<string>(), Is.EqualTo("<at>Alex Doe</at> credited you."));
        var mention = card["msteams"]!["entities"]![0]!;
        Assert.That(mention["type"]!.GetValue<string>(), Is.EqualTo("mention"));
        Assert.That(mention["text"]!.GetValue<string>(), Is.EqualTo("<at>Alex Doe</at>"));
        Assert.That(mention["mentioned"]!["id"]!.GetValue<string>(), Is.EqualTo("29:1alex"));
        Assert.That(card["actions"], Is.Null);
    }
}
