using AllyBot.Core.Admin;
using AllyBot.Rules.Model;

namespace AllyBot.Core.Commands.Admin;

/// <summary><c>/ally admin severity-floor info|suggestion|warning</c>: the weakest finding that still nudges anyone.</summary>
public sealed class AdminSeverityFloorCommand(WorkspaceAdmin admin) : IAdminSubcommand
{
    public string Name => "severity-floor";

    public string Usage => $"severity-floor {AdminAnswers.Severities}";

    public string Summary => "the weakest finding that still nudges (warning: only slurs and dehumanising terms)";

    public async Task<string> RunAsync(CommandContext context, string arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!SeverityNames.TryParse(arguments, out var floor) || arguments.Trim().Contains(' ', StringComparison.Ordinal))
        {
            return $"Use `/ally admin {Usage}`.";
        }

        var (changed, text) = await admin.ChangeAsync(
                context.Command.Where.WorkspaceId,
                context.Command.Caller.Id,
                current => current.SeverityFloor == floor
                    ? AdminEdit.Refuse($"The severity floor is `{floor.ToName()}` already.")
                    : AdminEdit.Change(current with { SeverityFloor = floor }, $"set the severity floor to {floor.ToName()}"),
                cancellationToken)
            .ConfigureAwait(false);
        var note = floor == Severity.Info ? " Info tips never interrupt anyone, so suggestions and warnings nudge, as before." : "";
        return changed ? AdminAnswers.Done(text) + note : text;
    }
}
