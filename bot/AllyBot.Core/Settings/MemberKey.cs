namespace AllyBot.Core.Settings;

/// <summary>A member as storage knows them: a workspace and a pseudonym, never the platform user id.</summary>
/// <param name="WorkspaceId">The workspace (Slack team, Teams tenant, playground).</param>
/// <param name="Pseudonym">HMAC of the user id under a per-deployment secret (see <see cref="Privacy.MemberPseudonymizer"/>).</param>
public sealed record MemberKey(string WorkspaceId, string Pseudonym);
