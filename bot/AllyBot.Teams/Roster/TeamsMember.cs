namespace AllyBot.Teams.Roster;

/// <summary>A human member of a Teams conversation: the user id (<c>29:…</c>) and the display name.</summary>
internal sealed record TeamsMember(string Id, string Name);
