namespace AllyBot.Slack.Wire;

/// <summary>A team (workspace) reference: <c>{id, domain, name}</c>.</summary>
internal sealed record SlackTeamRef(string? Id, string? Domain, string? Name);
