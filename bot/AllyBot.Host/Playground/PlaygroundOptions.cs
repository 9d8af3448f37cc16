namespace AllyBot.Host.Playground;

/// <summary>The local playground: on in Development or when <c>Playground:Enabled</c> is true.</summary>
public sealed class PlaygroundOptions
{
    public const string Section = "Playground";

    public const string Workspace = "playground";

    /// <summary>Serve the playground page and its JSON. <value>Default: true in Development, false otherwise.</value></summary>
    public bool? Enabled { get; set; }

    /// <summary>The simulated channels.</summary>
    public static IReadOnlyList<string> Channels { get; } = ["general", "engineering", "random"];

    /// <summary>
/// The simulated people: six humans, enough for the facilitator digest's minimum of five counted members, and
/// <c>deploybot</c>, a bot, which AllyBot never nudges.
/// </summary>
    public static IReadOnlyList<PlaygroundUser> Users { get; } =
    [
        new("alex", "Alex", false), new("priya", "Priya", false), new("sam", "Sam", false), new("jordan", "Jordan", false),
        new("mei", "Mei", false), new("tomas", "Tomas", false),
        new("deploybot", "DeployBot", true),
    ];
}
