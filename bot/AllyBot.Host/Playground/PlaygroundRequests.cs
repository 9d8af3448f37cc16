namespace AllyBot.Host.Playground;

/// <summary>Someone writes in a playground channel (text starting with <c>/ally</c> is a command).</summary>
public sealed record PostMessageRequest(string? Channel, string? User, string? Text);

/// <summary>Someone presses a button on one of AllyBot's private messages.</summary>
public sealed record PressButtonRequest(string? Channel, string? User, string? ActionId, string? Value);

/// <summary>Moves the playground clock forward.</summary>
public sealed record AdvanceClockRequest(int Minutes);

/// <summary>Backfills <paramref name="Weeks"/> (1..12) weeks of content-free participation counts for a channel.</summary>
public sealed record SimulateRequest(string? Channel, int? Weeks);
