namespace AllyBot.Host.Playground.Teams;

/// <summary>Someone writes in a playground channel as a Teams user; with <paramref name="EditOf"/>, edits that message instead.</summary>
public sealed record TeamsMessageRequest(string? Channel, string? User, string? Text, string? EditOf);

/// <summary>Someone deletes their Teams message <paramref name="MessageId"/>.</summary>
public sealed record TeamsDeleteRequest(string? Channel, string? User, string? MessageId);
