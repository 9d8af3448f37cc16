using System.Text.Json.Nodes;
using AllyBot.Core.Conversations;
using AllyBot.Core.Replies;
using AllyBot.Slack.Home;
using AllyBot.Slack.Outbound;
using AllyBot.Slack.Wire;

namespace AllyBot.Slack.Translation;

/// <summary>
/// Turns interactivity payloads into core events: the nudge buttons (<see cref="NudgeActions"/>) into
/// <see cref="ChatButton"/>s carrying the button's value (rule ids separated by spaces), dialog buttons and inputs
/// (<see cref="DialogActions"/>) into <see cref="ChatButton"/>s whose value is the prefix plus the answer, and a submitted
/// <see cref="SlackCheckModal"/> into a <c>check</c> command, or field errors when the draft is empty or too long.
/// On App Home (<c>view.type</c> <c>home</c>), settings buttons become <see cref="SlackHomeActions.Setting"/> buttons
/// about <see cref="SlackHomeAddress"/> carrying their command, and "Add a custom rule" asks to open
/// <see cref="SlackRuleModal"/>, whose submission is left to the processor (it must be answered in the ack).
/// </summary>
internal static class SlackInteractionTranslator
{
    private static readonly HashSet<string> NudgeActionIds = new(StringComparer.Ordinal) { NudgeActions.Thanks, NudgeActions.NotHelpful, NudgeActions.Snooze };

    public static SlackInteractionDecision Translate(SlackInteractionPayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return payload.Type switch
        {
            "block_actions" when payload.View?.Type == "home" => TranslateHomeActions(payload),
            "block_actions" => TranslateActions(payload),
            "view_submission" when payload.View?.CallbackId == SlackRuleModal.CallbackId => SlackInteractionDecision.Nothing with { SubmitRule = true },
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
        var buttons = new List<(string, ChatButton)>();
        foreach (var action in payload.Actions ?? [])
        {
            if (action.ActionId is not { } actionId || ButtonValue(payload, action) is not { } value)
            {
                continue;
            }

            buttons.Add((SlackDedupeKeys.Button(teamId, messageTs, actionId, action.ActionTs ?? ""), new ChatButton(where, new ChatUser(userId), actionId, value)));
        }

        return SlackInteractionDecision.Nothing with { Buttons = buttons };
    }

    private static SlackInteractionDecision TranslateHomeActions(SlackInteractionPayload payload)
    {
        var teamId = payload.Team?.Id ?? payload.User?.TeamId;
        if (teamId is null || payload.User?.Id is not { } userId || payload.View?.Id is not { } viewId)
        {
            return SlackInteractionDecision.Nothing;
        }

        var buttons = new List<(string, ChatButton)>();
        var openRuleModal = false;
        foreach (var action in payload.Actions ?? [])
        {
            if (action.ActionId == SlackHomeActions.AddRule)
            {
                openRuleModal = true;
            }
            else if (action.ActionId?.StartsWith(SlackHomeActions.Setting + ":", StringComparison.Ordinal) == true && !string.IsNullOrWhiteSpace(action.Value))
            {
                var button = new ChatButton(SlackHomeAddress.For(teamId), new ChatUser(userId), SlackHomeActions.Setting, action.Value);
                buttons.Add((SlackDedupeKeys.Button(teamId, viewId, action.ActionId, action.ActionTs ?? ""), button));
            }
        }

        return SlackInteractionDecision.Nothing with { Buttons = buttons, OpenRuleModal = openRuleModal };
    }

    /// <summary>
    /// The value of a nudge or dialog action, or null for actions Core does not handle (other ids, a picker's
    /// selection changing). A dialog input's answer is its value prefix, a space, then the chosen user ids (from the
    /// message state, on its "Send" button) or the text (on "Send", or Enter in the text box, whose block id carries the
    /// prefix): see <see cref="SlackDialogRenderer"/>.
    /// </summary>
    private static string? ButtonValue(SlackInteractionPayload payload, SlackAction action)
    {
        if (NudgeActionIds.Contains(action.ActionId!))
        {
            return action.Value ?? "";
        }

        if (!DialogActions.IsDialogAction(action.ActionId))
        {
            return null;
        }

        if (action.Type == "plain_text_input")
        {
            return action.BlockId?.StartsWith(SlackDialogRenderer.InputBlockPrefix, StringComparison.Ordinal) == true
                ? Answer(action.BlockId[SlackDialogRenderer.InputBlockPrefix.Length..], action.Value)
                : null;
        }

        if (action.Type != "button")
        {
            return null;
        }

        var value = action.Value ?? "";
        var input = payload.State?.Values?.GetValueOrDefault(SlackDialogRenderer.InputBlockId(value))?.GetValueOrDefault(action.ActionId!);
        return input switch
        {
            { SelectedOptions: { } chosen } => Answer(value, string.Join(' ', chosen.Select(o => o.Value).Where(v => !string.IsNullOrWhiteSpace(v)))),
            { Value: { } text } => Answer(value, text),
            _ => value,
        };
    }

    private static string Answer(string prefix, string? answer) => string.IsNullOrWhiteSpace(answer) ? prefix : $"{prefix} {answer.Trim()}";

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
