using AllyBot.Core.Admin;

namespace AllyBot.Core.Commands.Admin;

/// <summary><c>/ally admin export</c>: the workspace's rule settings and custom rules as YAML, for <c>/ally admin import</c>.</summary>
public sealed class AdminExportCommand(WorkspaceAdmin admin) : IAdminSubcommand
{
    public string Name => "export";

    public string Usage => "export";

    public string Summary => "the rule settings and custom rules as YAML (to keep, review or import elsewhere)";

    public async Task<string> RunAsync(CommandContext context, string arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (arguments.Trim().Length > 0)
        {
            return "Use `/ally admin export` without arguments.";
        }

        var config = await admin.GetAsync(context.Command.Where.WorkspaceId, cancellationToken).ConfigureAwait(false);
        return $"This workspace's rule settings; paste them after `/ally admin import` to restore them here or elsewhere:\n```\n{config.ToDocument().ToYaml()}```";
    }
}
