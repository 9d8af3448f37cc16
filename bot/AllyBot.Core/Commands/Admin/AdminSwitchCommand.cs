using AllyBot.Core.Admin;
using AllyBot.Rules.Customizing;

namespace AllyBot.Core.Commands.Admin;

/// <summary><c>/ally admin enable|disable &lt;rule-id|category&gt; [in #channel]</c>. One class for both words.</summary>
public sealed class AdminSwitchCommand(WorkspaceAdmin admin, EffectiveRuleSetProvider rules, bool enable) : IAdminSubcommand
{
    public string Name => enable ? "enable" : "disable";

    public string Usage => $"{Name} <rule-id|category> [in #channel]";

    public string Summary => enable ? "turns a rule or category back on, workspace-wide or in one channel" : "turns a rule or category off, workspace-wide or in one channel";

    public async Task<string> RunAsync(CommandContext context, string arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!AdminArguments.TrySplitTargetAndChannel(arguments, out var target, out var channelId, out var problem) || target.Length == 0)
        {
            return problem.Length > 0 ? problem : $"Use `/ally admin {Usage}`, e.g. `/ally admin {Name} ableism` or `/ally admin {Name} ableism/crazy in #random`.";
        }

        var (changed, text) = await admin.ChangeAsync(
                context.Command.Where.WorkspaceId,
                context.Command.Caller.Id,
                current => AdminAnswers.UnknownTarget(target, rules.AllRules(current)) is { } unknown
                    ? AdminEdit.Refuse(unknown)
                    : AdminEdit.Change(current.WithSwitch(new RuleSwitch(target, channelId, enable)), $"{(enable ? "enabled" : "disabled")} {target} {AdminAnswers.Where(channelId)}"),
                cancellationToken)
            .ConfigureAwait(false);
        return changed ? AdminAnswers.Done(text) : text;
    }
}
