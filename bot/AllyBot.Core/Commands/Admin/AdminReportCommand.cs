using AllyBot.Core.Admin;
using AllyBot.Core.Ports;

namespace AllyBot.Core.Commands.Admin;

/// <summary><c>/ally admin report</c>: the last 30 days in aggregate (see <see cref="AdminReport"/>).</summary>
public sealed class AdminReportCommand(IAdminReportSource source) : IAdminSubcommand
{
    public string Name => "report";

    public string Usage => "report";

    public string Summary => "the last 30 days: nudges per rule, the least helpful rules, credits per week, opt-outs (aggregates only)";

    public async Task<string> RunAsync(CommandContext context, string arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (arguments.Trim().Length > 0)
        {
            return "Use `/ally admin report` without arguments.";
        }

        var since = context.Now - AdminReport.Period;
        var data = await source.ReadAsync(context.Command.Where.WorkspaceId, since, context.Now, cancellationToken).ConfigureAwait(false);
        return AdminReport.Compose(data, since, context.Now);
    }
}
