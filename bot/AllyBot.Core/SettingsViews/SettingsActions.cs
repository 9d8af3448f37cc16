using AllyBot.Core.Commands;
using AllyBot.Core.Conversations;
using AllyBot.Core.Privacy;

namespace AllyBot.Core.SettingsViews;

/// <summary>
/// Applies a settings-view button: runs its command through the same <see cref="IAllyCommand"/> as typing it (so
/// <c>/ally admin</c> actions check the caller's admin role on the server, on every press, and are audited the same
/// way), then rebuilds the view with the command's answer as its notice. Only the commands a settings view offers
/// are accepted; anything else is refused without running.
/// </summary>
public sealed class SettingsActions(IEnumerable<IAllyCommand> commands, SettingsViewBuilder views, MemberPseudonymizer pseudonymizer, TimeProvider clock)
{
    private static readonly HashSet<string> MemberVerbs = new(["snooze", "optout", "optin"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> AdminSubcommands = new(["severity-floor", "enable", "disable", "channel"], StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<string, IAllyCommand> _commands = commands.ToDictionary(c => c.Verb, StringComparer.OrdinalIgnoreCase);

    /// <summary>Runs <paramref name="command"/> (a button's <see cref="SettingsButton.Command"/>) as <paramref name="userId"/>; returns the refreshed view.</summary>
    public async Task<SettingsView> ApplyAsync(ChatAddress where, string userId, string command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(where);
        ArgumentNullException.ThrowIfNull(command);
        var (verb, arguments) = Split(command);
        string notice;
        if (!IsOffered(verb, arguments) || !_commands.TryGetValue(verb, out var handler))
        {
            notice = "That is not a settings action; nothing changed.";
        }
        else
        {
            var context = new CommandContext(new ChatCommand(where, new ChatUser(userId), command.Trim()), pseudonymizer.KeyFor(where, userId), clock.GetUtcNow());
            notice = await handler.RunAsync(context, arguments, cancellationToken).ConfigureAwait(false);
        }

        return await views.BuildAsync(where, userId, notice, cancellationToken).ConfigureAwait(false);
    }

    private static bool IsOffered(string verb, string arguments) =>
        MemberVerbs.Contains(verb)
        || (verb.Equals("admin", StringComparison.OrdinalIgnoreCase) && AdminSubcommands.Contains(Split(arguments).Verb));

    private static (string Verb, string Arguments) Split(string text)
    {
        var trimmed = text.Trim();
        var space = trimmed.IndexOfAny([' ', '\t', '\n']);
        return space < 0 ? (trimmed, "") : (trimmed[..space], trimmed[(space + 1)..].Trim());
    }
}
