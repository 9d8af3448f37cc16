using System.Text.Json.Nodes;
using AllyBot.Core.Conversations;

namespace AllyBot.Slack.Translation;

/// <summary>The translation of one interactivity payload: events to persist, and the body to ack with.</summary>
/// <param name="Buttons">Nudge buttons pressed, with their dedupe keys.</param>
/// <param name="Command">A command (from a modal submission), with its dedupe key.</param>
/// <param name="AckBody">The JSON to answer with (view_submission errors), or null for an empty 200.</param>
/// <param name="OpenCheckModal">True for the "Check a draft" shortcut: open the modal with the trigger id.</param>
internal sealed record SlackInteractionDecision(
    IReadOnlyList<(string DedupeKey, ChatButton Button)> Buttons,
    (string DedupeKey, ChatCommand Command)? Command,
    JsonObject? AckBody,
    bool OpenCheckModal = false)
{
    public static readonly SlackInteractionDecision Nothing = new([], null, null);

    /// <summary>True for "Add a custom rule" on App Home: open the rule modal with the trigger id (admins only).</summary>
    public bool OpenRuleModal { get; init; }

    /// <summary>True for a submitted rule modal: validate it and answer in the ack.</summary>
    public bool SubmitRule { get; init; }
}
