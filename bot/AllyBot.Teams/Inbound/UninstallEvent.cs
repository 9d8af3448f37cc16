namespace AllyBot.Teams.Inbound;

/// <summary>The bot was removed.</summary>
internal sealed record UninstallEvent(string TenantId, string ConversationId) : TeamsEvent;
