using System.Globalization;
using System.Text.Json.Nodes;
using AllyBot.Core.Replies;
using AllyBot.Teams.Wire;

namespace AllyBot.Teams.Sending;

/// <summary>
/// A <see cref="DialogPrompt"/> as an Adaptive Card 1.5: the text (mentions as <c>msteams.entities</c>), at most one
/// input (a multi-select <c>Input.ChoiceSet</c> of the candidates, or an <c>Input.Text</c>) with its own submit
/// button, then the prompt's buttons. Every button is an <c>Action.Execute</c> whose verb is the action id and whose
/// data is <c>{action, value}</c>; an input's button adds <c>input</c>, the id of the input whose answer follows the
/// value (see <see cref="Inbound.ActivityTranslator"/>).
/// </summary>
internal static class DialogCard
{
    /// <summary>The id of the member picker; its answer is the chosen user ids separated by commas.</summary>
    public const string PickInputId = "dialogPick";

    /// <summary>The id of the text box.</summary>
    public const string TextInputId = "dialogText";

    public const int MaxTextLength = 2000;

    public static JsonObject Build(DialogPrompt prompt, IReadOnlyDictionary<string, string> names)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(names);
        var (text, mentions) = TeamsMentions.Render(prompt.Text, names);
        var body = new JsonArray { new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true } };
        var actions = new JsonArray();
        switch (prompt.Input)
        {
            case MemberPickerInput picker:
                body.Add(Picker(picker, names));
                actions.Add(Execute("Next", picker.ActionId, picker.Value, PickInputId, isDefault: true));
                break;
            case TextAnswerInput answer:
                body.Add(TextBox(answer));
                actions.Add(Execute("Send", answer.ActionId, answer.Value, TextInputId, isDefault: true));
                break;
        }

        foreach (var choice in prompt.Choices)
        {
            var button = Execute(choice.Label, choice.ActionId, choice.Value, null, choice.IsDefault && prompt.Input is null);
            if (prompt.Input is not null)
            {
                button["associatedInputs"] = "none";
            }

            actions.Add(button);
        }

        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = NudgeCard.Version,
            ["body"] = body,
        };
        if (actions.Count > 0)
        {
            card["actions"] = actions;
        }

        if (mentions.Count > 0)
        {
            card["msteams"] = new JsonObject { ["entities"] = new JsonArray([.. mentions.Select(Mention)]) };
        }

        return card;
    }

    private static JsonObject Picker(MemberPickerInput picker, IReadOnlyDictionary<string, string> names) => new()
    {
        ["type"] = "Input.ChoiceSet",
        ["id"] = PickInputId,
        ["isMultiSelect"] = true,
        ["style"] = "filtered",
        ["isRequired"] = true,
        ["errorMessage"] = "Pick at least one person.",
        ["placeholder"] = "Pick people",
        ["choices"] = new JsonArray([.. picker.CandidateUserIds.Distinct(StringComparer.Ordinal).Select(id => (JsonNode)new JsonObject
        {
            ["title"] = names.TryGetValue(id, out var name) && !string.IsNullOrWhiteSpace(name) ? name : id,
            ["value"] = id,
        })]),
    };

    private static JsonObject TextBox(TextAnswerInput answer) => new()
    {
        ["type"] = "Input.Text",
        ["id"] = TextInputId,
        ["isMultiline"] = true,
        ["placeholder"] = answer.Placeholder,
        ["maxLength"] = MaxTextLength,
        ["isRequired"] = true,
        ["errorMessage"] = answer.MinLength > 1 ? string.Create(CultureInfo.InvariantCulture, $"Please write at least {answer.MinLength} characters.") : "Please write an answer.",
    };

    private static JsonObject Execute(string title, string verb, string value, string? inputId, bool isDefault)
    {
        var data = new JsonObject { ["action"] = verb, ["value"] = value };
        if (inputId is not null)
        {
            data["input"] = inputId;
        }

        var action = new JsonObject { ["type"] = "Action.Execute", ["title"] = title, ["verb"] = verb, ["data"] = data };
        if (isDefault)
        {
            action["style"] = "positive";
        }

        return action;
    }

    private static JsonNode Mention(Entity mention) => new JsonObject
    {
        ["type"] = "mention",
        ["text"] = mention.Text,
        ["mentioned"] = new JsonObject { ["id"] = mention.Mentioned!.Id, ["name"] = mention.Mentioned.Name },
    };
}
