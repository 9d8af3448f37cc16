using System.Globalization;
using System.Text;
using AllyBot.Core.Admin;
using AllyBot.Core.Replies;

namespace AllyBot.Core.Commands.Admin;

/// <summary><c>/ally admin history</c>: the latest recorded changes (who, what, when).</summary>
public sealed class AdminHistoryCommand(WorkspaceAdmin admin) : IAdminSubcommand
{
    /// <summary>How many changes are listed.</summary>
    public const int Shown = 15;

    public string Name => "history";

    public string Usage => "history";

    public string Summary => "the latest changes: who changed what, and when";

    public async Task<string> RunAsync(CommandContext context, string arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var history = await admin.HistoryAsync(context.Command.Where.WorkspaceId, Shown, cancellationToken).ConfigureAwait(false);
        if (history.Count == 0)
        {
            return "No admin changes yet.";
        }

        var text = new StringBuilder("Latest changes, newest first:");
        foreach (var entry in history)
        {
            text.Append("\n• #").Append(entry.Id.ToString(CultureInfo.InvariantCulture)).Append(' ')
                .Append(entry.Change.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)).Append(" UTC ")
                .Append(ChatMentions.Member(entry.Change.ActorId)).Append(' ').Append(entry.Change.Action);
            if (entry.Undone)
            {
                text.Append(" (undone)");
            }
        }

        return text.Append("\n`/ally admin undo` reverts the newest change not yet undone.").ToString();
    }
}
