using System.Text;
using AllyBot.Core.Admin;

namespace AllyBot.Core.Commands.Admin;

/// <summary>
/// <c>/ally admin &lt;sub-command&gt; ...</c>: workspace configuration for admins (see <see cref="AdminAccess"/>).
/// Anyone may read <c>/ally admin help</c>; everything else answers non-admins with a clear "admins only".
/// </summary>
public sealed class AdminCommand(IEnumerable<IAdminSubcommand> subcommands, AdminAccess access) : IAllyCommand
{
    private readonly Dictionary<string, IAdminSubcommand> _subcommands = subcommands.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);

    public string Verb => "admin";

    public string Usage => "admin <sub-command>";

    public string Summary => "(workspace admins) rules, channels, custom rules, report, audit; `/ally admin help` lists them";

    public async Task<string> RunAsync(CommandContext context, string arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = arguments.Trim();
        var space = text.IndexOfAny([' ', '\t', '\n']);
        var name = space < 0 ? text : text[..space];
        var rest = space < 0 ? "" : text[(space + 1)..].Trim();
        if (name.Length == 0 || name.Equals("help", StringComparison.OrdinalIgnoreCase))
        {
            return Help();
        }

        if (!_subcommands.TryGetValue(name, out var subcommand))
        {
            return $"I don't know `/ally admin {(name.Length <= 30 ? name : name[..30] + "…")}`.\n\n{Help()}";
        }

        if (!await access.IsAdminAsync(context.Command.Where, context.Command.Caller.Id, cancellationToken).ConfigureAwait(false))
        {
            return "Sorry, `/ally admin` is for workspace admins only. An admin can give you access with `/ally admin grant @you`.";
        }

        return await subcommand.RunAsync(context, rest, cancellationToken).ConfigureAwait(false);
    }

    private string Help()
    {
        var text = new StringBuilder("Workspace admin commands (admins only):\n");
        foreach (var subcommand in _subcommands.Values)
        {
            text.Append("• `/ally admin ").Append(subcommand.Usage).Append("`: ").Append(subcommand.Summary).Append('\n');
        }

        return text.Append("Every change is recorded (who, what, when): `/ally admin history`, and `/ally admin undo` reverts the latest.").ToString();
    }
}
