namespace AllyBot.Core.Commands.Admin;

/// <summary>
/// One <c>/ally admin</c> sub-command. Register another implementation and <see cref="AdminCommand"/> routes, checks
/// and lists it; only admins reach <see cref="RunAsync"/>.
/// </summary>
public interface IAdminSubcommand
{
    /// <summary>The word after <c>/ally admin</c> (<c>rules</c>, <c>disable</c>...).</summary>
    string Name { get; }

    /// <summary>The sub-command with its arguments, e.g. <c>disable &lt;rule-id|category&gt; [in #channel]</c>.</summary>
    string Usage { get; }

    /// <summary>One line for <c>/ally admin help</c>.</summary>
    string Summary { get; }

    /// <summary>Runs the sub-command with the rest of the line; returns the private answer.</summary>
    Task<string> RunAsync(CommandContext context, string arguments, CancellationToken cancellationToken = default);
}
