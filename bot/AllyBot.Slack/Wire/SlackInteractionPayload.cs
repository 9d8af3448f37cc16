namespace AllyBot.Slack.Wire;

/// <summary>The JSON in the <c>payload</c> field of an interactivity request (block_actions, view_submission, shortcut...).</summary>
/// <remarks><see cref="State"/> holds a message's input values at the time of a block action.</remarks>
internal sealed record SlackInteractionPayload(
    string? Type,
    string? CallbackId,
    SlackTeamRef? Team,
    SlackUserRef? User,
    string? ApiAppId,
    string? TriggerId,
    SlackContainer? Container,
    SlackChannelRef? Channel,
    SlackMessageRef? Message,
    string? ResponseUrl,
    IReadOnlyList<SlackAction>? Actions,
    SlackView? View,
    SlackViewState? State = null);
