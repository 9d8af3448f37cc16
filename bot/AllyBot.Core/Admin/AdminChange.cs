namespace AllyBot.Core.Admin;

/// <summary>What an admin changed, for the audit log.</summary>
/// <param name="ActorId">The platform user id of the admin (a role holder, like a facilitator; see the README's privacy section).</param>
/// <param name="Action">What changed, in words (<c>disabled ableism in &lt;#C1&gt;</c>); never message text.</param>
/// <param name="At">When.</param>
/// <param name="Undoes">The audit entry this change reverts, for <c>/ally admin undo</c>.</param>
public sealed record AdminChange(string ActorId, string Action, DateTimeOffset At, long? Undoes = null);
