namespace AllyBot.Teams.Inbound;

/// <summary>
/// The command words a message to the bot may start with (the same verbs as <c>/ally</c> on Slack). The Teams
/// manifest's <c>commandLists</c> suggests exactly these; a test keeps the two in step.
/// </summary>
internal static class CommandWords
{
    public const string Prefix = "/ally";

    public static IReadOnlyList<string> All { get; } = ["help", "tips", "check", "snooze", "optout", "optin", "me", "forget-me"];

    /// <summary>Verbs understood but not suggested in the manifest (its lists hold at most 10 commands).</summary>
    public static IReadOnlyList<string> Unlisted { get; } = ["credit", "amplify", "facilitator", "digest", "away", "holidays", "hours", "schedule", "tz", "settings", "admin"];

    /// <summary>The command text when <paramref name="text"/> is a command: "/ally tips x" gives "tips x", "tips x" too.</summary>
    public static bool TryParse(string text, out string command)
    {
        ArgumentNullException.ThrowIfNull(text);
        command = "";
        if (text.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) && (text.Length == Prefix.Length || char.IsWhiteSpace(text[Prefix.Length])))
        {
            command = text[Prefix.Length..].Trim();
            return true;
        }

        var end = text.IndexOfAny([' ', '\t', '\n']);
        var first = end < 0 ? text : text[..end];
        if (All.Contains(first, StringComparer.OrdinalIgnoreCase) || Unlisted.Contains(first, StringComparer.OrdinalIgnoreCase))
        {
            command = text;
            return true;
        }

        return false;
    }
}
