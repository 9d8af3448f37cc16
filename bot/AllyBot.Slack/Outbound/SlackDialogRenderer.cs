using System.Text.Json.Nodes;
using AllyBot.Core.Replies;

namespace AllyBot.Slack.Outbound;

/// <summary>
/// Renders a <see cref="DialogPrompt"/> as Block Kit for a DM: the text, then its input, then its buttons.
/// <list type="bullet">
/// <item>A <see cref="MemberPickerInput"/> is a <c>multi_static_select</c> of the candidates' display names (values
/// are user ids, nobody else is offered) with a "Send" button; the button's block action carries the selection in
/// <c>state</c>.</item>
/// <item>A <see cref="TextAnswerInput"/> is a <c>plain_text_input</c> with <c>dispatch_action</c> (Enter sends) and a
/// "Send" button.</item>
/// </list>
/// The input's block id is <see cref="InputBlockId"/> of the input's value, so both routes come back with the value
/// prefix (see <c>SlackInteractionTranslator</c>).
/// </summary>
internal static class SlackDialogRenderer
{
    /// <summary>Block ids of inputs start with this, followed by the input's value (its dialog id).</summary>
    public const string InputBlockPrefix = "ally-input:";

    /// <summary>The block id of the choices.</summary>
    public const string ChoicesBlockId = "ally-choices";

    /// <summary>The block id of an input's "Send" button.</summary>
    public const string SendBlockId = "ally-send";

    /// <summary>Slack offers at most this many options in a static select.</summary>
    public const int MaxOptions = 100;

    private const int MaxSectionText = 3000;
    private const int MaxPlainText = 75;
    private const int MaxPlaceholder = 150;

    /// <summary>The block id of the input whose answers start with <paramref name="value"/>.</summary>
    public static string InputBlockId(string value) => InputBlockPrefix + value;

    /// <summary>The prompt's blocks; <paramref name="names"/> maps candidate user ids to display names (the id when missing).</summary>
    public static JsonArray Render(DialogPrompt prompt, IReadOnlyDictionary<string, string> names)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(names);
        var text = SlackMrkdwn.EscapeKeepingMentions(prompt.Text);
        var blocks = new JsonArray
        {
            new JsonObject
            {
                ["type"] = "section",
                ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = text.Length <= MaxSectionText ? text : text[..(MaxSectionText - 1)] + "…" },
            },
        };

        switch (prompt.Input)
        {
            case MemberPickerInput picker:
                blocks.Add(Picker(picker, names));
                blocks.Add(SendButton(picker));
                break;
            case TextAnswerInput answer:
                blocks.Add(TextBox(answer));
                blocks.Add(SendButton(answer));
                break;
        }

        if (prompt.Choices.Count > 0)
        {
            blocks.Add(new JsonObject
            {
                ["type"] = "actions",
                ["block_id"] = ChoicesBlockId,
                ["elements"] = new JsonArray([.. prompt.Choices.Select(c => (JsonNode)Button(c.ActionId, c.Label, c.Value, c.IsDefault))]),
            });
        }

        return blocks;
    }

    private static JsonObject Picker(MemberPickerInput picker, IReadOnlyDictionary<string, string> names) => new()
    {
        ["type"] = "actions",
        ["block_id"] = InputBlockId(picker.Value),
        ["elements"] = new JsonArray
        {
            new JsonObject
            {
                ["type"] = "multi_static_select",
                ["action_id"] = picker.ActionId,
                ["placeholder"] = PlainText("Choose people"),
                ["options"] = new JsonArray([.. picker.CandidateUserIds.Distinct(StringComparer.Ordinal).Take(MaxOptions).Select(id => (JsonNode)new JsonObject
                {
                    ["text"] = PlainText(names.TryGetValue(id, out var name) && !string.IsNullOrWhiteSpace(name) ? name : id),
                    ["value"] = id,
                })]),
            },
        },
    };

    private static JsonObject TextBox(TextAnswerInput answer)
    {
        var element = new JsonObject
        {
            ["type"] = "plain_text_input",
            ["action_id"] = answer.ActionId,
            ["multiline"] = false,
            ["dispatch_action_config"] = new JsonObject { ["trigger_actions_on"] = new JsonArray("on_enter_pressed") },
        };
        if (!string.IsNullOrWhiteSpace(answer.Placeholder))
        {
            element["placeholder"] = PlainText(answer.Placeholder, MaxPlaceholder);
        }

        if (answer.MinLength > 0)
        {
            element["min_length"] = Math.Min(answer.MinLength, 3000);
        }

        return new JsonObject
        {
            ["type"] = "input",
            ["block_id"] = InputBlockId(answer.Value),
            ["dispatch_action"] = true,
            ["label"] = PlainText("Your answer"),
            ["element"] = element,
        };
    }

    private static JsonObject SendButton(DialogInput input) => new()
    {
        ["type"] = "actions",
        ["block_id"] = SendBlockId,
        ["elements"] = new JsonArray(Button(input.ActionId, "Send", input.Value, primary: true)),
    };

    private static JsonObject Button(string actionId, string label, string value, bool primary)
    {
        var button = new JsonObject
        {
            ["type"] = "button",
            ["action_id"] = actionId,
            ["text"] = PlainText(label),
            ["value"] = value,
        };
        if (primary)
        {
            button["style"] = "primary";
        }

        return button;
    }

    private static JsonObject PlainText(string text, int max = MaxPlainText) => new()
    {
        ["type"] = "plain_text",
        ["text"] = text.Length <= max ? text : text[..(max - 1)] + "…",
    };
}
