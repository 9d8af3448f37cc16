using AllyBot.Core.Admin;
using AllyBot.Rules.Model;

namespace AllyBot.Core.Commands.Admin;

/// <summary><c>/ally admin severity &lt;rule-id&gt; info|suggestion|warning|default</c>: this workspace's severity for one rule.</summary>
public sealed class AdminSeverityCommand(WorkspaceAdmin admin, EffectiveRuleSetProvider rules) : IAdminSubcommand
{
    public string Name => "severity";

    public string Usage => $"severity <rule-id> {AdminAnswers.Severities}|default";

    public string Summary => "changes how strongly one rule speaks up here (`default`: as shipped)";

    public async Task<string> RunAsync(CommandContext context, string arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var words = arguments.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var reset = words.Length == 2 && words[1].Equals("default", StringComparison.OrdinalIgnoreCase);
        var severity = Severity.Info;
        if (words.Length != 2 || (!reset && !SeverityNames.TryParse(words[1], out severity)))
        {
            return $"Use `/ally admin {Usage}`, e.g. `/ally admin severity technology/sanity-check info`.";
        }

        var ruleId = words[0];
        var (changed, text) = await admin.ChangeAsync(
                context.Command.Where.WorkspaceId,
                context.Command.Caller.Id,
                current =>
                {
                    if (!rules.AllRules(current).Any(r => r.Id == ruleId))
                    {
                        return AdminEdit.Refuse($"There is no rule `{ruleId}`. `/ally admin rules <category>` lists rule ids.");
                    }

                    var severities = current.Severities.Where(s => s.Key != ruleId).ToDictionary(StringComparer.Ordinal);
                    if (reset)
                    {
                        return current.Severities.ContainsKey(ruleId)
                            ? AdminEdit.Change(current with { Severities = severities }, $"reset {ruleId} to its shipped severity")
                            : AdminEdit.Refuse($"`{ruleId}` has its shipped severity already.");
                    }

                    severities[ruleId] = severity;
                    return AdminEdit.Change(current with { Severities = severities }, $"set {ruleId} to {severity.ToName()}");
                },
                cancellationToken)
            .ConfigureAwait(false);
        return changed ? AdminAnswers.Done(text) : text;
    }
}
