namespace AllyBot.Teams.Inbound;

/// <summary>What one activity means to AllyBot, before anything is persisted.</summary>
internal abstract record TeamsEvent;
