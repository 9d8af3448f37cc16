namespace AllyBot.Host.Playground;

/// <summary>A simulated member of the playground workspace.</summary>
public sealed record PlaygroundUser(string Id, string Name, bool IsBot);
