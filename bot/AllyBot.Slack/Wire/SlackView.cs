namespace AllyBot.Slack.Wire;

/// <summary>A view in an interaction: a submitted modal (<c>view_submission</c>), or the App Home tab a button was on (<see cref="Type"/> <c>home</c>).</summary>
internal sealed record SlackView(string? Id, string? CallbackId, string? PrivateMetadata, string? Hash, SlackViewState? State, string? Type = null);
