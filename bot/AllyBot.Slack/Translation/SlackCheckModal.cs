using System.Text.Json.Nodes;

namespace AllyBot.Slack.Translation;

/// <summary>
/// The "Check a draft" modal (opened by the global shortcut of the same callback id): one multi-line input whose
/// submission becomes <c>/ally check &lt;draft&gt;</c>. <c>private_metadata</c> holds the channel to answer in.
/// </summary>
internal static class SlackCheckModal
{
    public const string CallbackId = "ally-check";
    public const string BlockId = "draft";
    public const string ActionId = "draft";
    public const int MaxDraftLength = 3000;

    public static JsonObject Build(string? channelId) => new()
    {
        ["type"] = "modal",
        ["callback_id"] = CallbackId,
        ["private_metadata"] = channelId ?? "",
        ["title"] = new JsonObject { ["type"] = "plain_text", ["text"] = "Check a draft" },
        ["submit"] = new JsonObject { ["type"] = "plain_text", ["text"] = "Check" },
        ["close"] = new JsonObject { ["type"] = "plain_text", ["text"] = "Cancel" },
        ["blocks"] = new JsonArray
        {
            new JsonObject
            {
                ["type"] = "input",
                ["block_id"] = BlockId,
                ["label"] = new JsonObject { ["type"] = "plain_text", ["text"] = "Your draft (only you will see the result; nothing is stored)" },
                ["element"] = new JsonObject
                {
                    ["type"] = "plain_text_input",
                    ["action_id"] = ActionId,
                    ["multiline"] = true,
                    ["max_length"] = MaxDraftLength,
                },
            },
        },
    };
}
