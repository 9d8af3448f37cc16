namespace AllyBot.Host.Playground;

/// <summary>Someone writes in a playground channel (text starting with <c>/ally</c> is a command).</summary>
public sealed record PostMessageRequest(string? Channel, string? User, string? Text);

/// <summary>Someone presses a button on one of AllyBot's private messages.</summary>
public sealed record PressButtonRequest(string? Channel, string? User, string? ActionId, string? Value);

/// <summary>Moves the playground clock forward.</summary>
public sealed record AdvanceClockRequest(int Minutes);
