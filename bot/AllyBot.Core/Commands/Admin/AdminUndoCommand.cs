using AllyBot.Core.Admin;

namespace AllyBot.Core.Commands.Admin;

/// <summary><c>/ally admin undo</c>: restores the settings before the newest change not yet undone (again: the one before that).</summary>
public sealed class AdminUndoCommand(WorkspaceAdmin admin) : IAdminSubcommand
{
    public string Name => "undo";

    public string Usage => "undo";

    public string Summary => "reverts the newest change (repeat to go further back)";

    public Task<string> RunAsync(CommandContext context, string arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        return arguments.Trim().Length > 0
            ? Task.FromResult("Use `/ally admin undo` without arguments; `/ally admin history` shows what it would revert.")
            : admin.UndoAsync(context.Command.Where.WorkspaceId, context.Command.Caller.Id, cancellationToken);
    }
}
