using System.Text.Json.Nodes;
using AllyBot.Core.Conversations;
using AllyBot.Core.Replies;
using AllyBot.Slack.Wire;

namespace AllyBot.Slack.Translation;

/// <summary>
/// Turns interactivity payloads into core events: the nudge buttons (<see cref="NudgeActions"/>) into
/// <see cref="ChatButton"/>s carrying the button's value (rule ids separated by spaces), and a submitted
/// <see cref="SlackCheckModal"/> into a <c>check</c> command, or field errors when the draft is empty or too long.
/// </summary>
internal static class SlackInteractionTranslator
{
    private static readonly HashSet<string> NudgeActionIds = new(StringComparer.Ordinal) { NudgeActions.Thanks, NudgeActions.NotHelpful, NudgeActions.Snooze };

    public static SlackInteractionDecision Translate(SlackInteractionPayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return payload.Type switch
        {
            "block_actions" => TranslateActions(payload),
            "view_submission" => TranslateSubmission(payload),
            "shortcut" when payload.CallbackId == SlackCheckModal.CallbackId => SlackInteractionDecision.Nothing with { OpenCheckModal = true },
            _ => SlackInteractionDecision.Nothing,
        };
    }

    private static SlackInteractionDecision TranslateActions(SlackInteractionPayload payload)
    {
        var teamId = payload.Team?.Id ?? payload.User?.TeamId;
        var channelId = payload.Container?.ChannelId ?? payload.Channel?.Id;
        var messageTs = payload.Container?.MessageTs ?? payload.Message?.Ts;
        if (teamId is null || channelId is null || messageTs is null || payload.User?.Id is not { } userId)
        {
            return SlackInteractionDecision.Nothing;
        }

        var where = new ChatAddress(ChatPlatform.Slack, teamId, channelId, payload.Container?.ThreadTs ?? payload.Message?.ThreadTs);
        var buttons = (payload.Actions ?? [])
            .Where(a => a.ActionId is not null && NudgeActionIds.Contains(a.ActionId))
            .Select(a => (SlackDedupeKeys.Button(teamId, messageTs, a.ActionId!, a.ActionTs ?? ""), new ChatButton(where, new ChatUser(userId), a.ActionId!, a.Value ?? "")))
            .ToList();
        return SlackInteractionDecision.Nothing with { Buttons = buttons };
    }

    private static SlackInteractionDecision TranslateSubmission(SlackInteractionPayload payload)
    {
        var view = payload.View;
        if (view?.CallbackId != SlackCheckModal.CallbackId || view.Id is null || payload.Team?.Id is not { } teamId || payload.User?.Id is not { } userId)
        {
            return SlackInteractionDecision.Nothing;
        }

        var draft = view.State?.Values?.GetValueOrDefault(SlackCheckModal.BlockId)?.GetValueOrDefault(SlackCheckModal.ActionId)?.Value;
        if (string.IsNullOrWhiteSpace(draft))
        {
            return SlackInteractionDecision.Nothing with { AckBody = Errors("Paste the text you want checked.") };
        }

        if (draft.Length > SlackCheckModal.MaxDraftLength)
        {
            return SlackInteractionDecision.Nothing with { AckBody = Errors($"Drafts of up to {SlackCheckModal.MaxDraftLength} characters, please.") };
        }

        // Without a channel (a global shortcut), the answer goes to the user's DM with AllyBot: a user id is a valid channel there.
        var channelId = string.IsNullOrEmpty(view.PrivateMetadata) ? userId : view.PrivateMetadata;
        var command = new ChatCommand(new ChatAddress(ChatPlatform.Slack, teamId, channelId), new ChatUser(userId), "check " + draft);
        return SlackInteractionDecision.Nothing with { Command = (SlackDedupeKeys.View(teamId, view.Id, view.Hash), command) };
    }

    private static JsonObject Errors(string message) => new()
    {
        ["response_action"] = "errors",
        ["errors"] = new JsonObject { [SlackCheckModal.BlockId] = message },
    };
}
