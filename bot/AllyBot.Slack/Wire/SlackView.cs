namespace AllyBot.Slack.Wire;

/// <summary>A modal view as submitted (<c>view_submission</c>).</summary>
internal sealed record SlackView(string? Id, string? CallbackId, string? PrivateMetadata, string? Hash, SlackViewState? State);
