namespace AllyBot.Host.Health;

/// <summary>One outbound host as <c>/readyz</c> shows it.</summary>
/// <param name="LastStatus">The last HTTP status, or null when the call failed without one (timeout, refused).</param>
/// <param name="LastOkAt">When a call last succeeded.</param>
/// <param name="FailingSince">When the current run of failures began; null while healthy.</param>
internal sealed record OutboundHostState(int? LastStatus, DateTimeOffset? LastOkAt, DateTimeOffset? FailingSince);
