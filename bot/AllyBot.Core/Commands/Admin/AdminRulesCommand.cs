using System.Text;
using AllyBot.Core.Admin;
using AllyBot.Core.Replies;
using AllyBot.Rules.Customizing;
using AllyBot.Rules.Model;

namespace AllyBot.Core.Commands.Admin;

/// <summary><c>/ally admin rules [category]</c>: categories with how many rules are on, or one category's rules with their state.</summary>
public sealed class AdminRulesCommand(WorkspaceAdmin admin, EffectiveRuleSetProvider rules) : IAdminSubcommand
{
    public string Name => "rules";

    public string Usage => "rules [category]";

    public string Summary => "the rules and whether they are on, workspace-wide and per channel";

    public async Task<string> RunAsync(CommandContext context, string arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var config = await admin.GetAsync(context.Command.Where.WorkspaceId, cancellationToken).ConfigureAwait(false);
        var all = rules.AllRules(config);
        var composed = RuleSetComposer.Compose(all, config.Switches, config.Severities, null);
        var category = arguments.Trim();
        return category.Length == 0 ? Overview(config, composed) : Category(config, composed, all, category);
    }

    private static string Overview(WorkspaceAdminConfig config, IReadOnlyList<Rule> composed)
    {
        var text = new StringBuilder($"Rules in this workspace (nudging from `{config.SeverityFloor.ToName()}` up):");
        foreach (var group in composed.GroupBy(r => r.Category).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.Append("\n• ").Append(group.Key).Append(": ").Append(group.Count(r => r.Enabled)).Append(" of ").Append(group.Count()).Append(" on");
        }

        var exceptions = config.Switches.Where(s => s.ChannelId is not null).ToList();
        if (exceptions.Count > 0)
        {
            text.Append("\nIn single channels: ").AppendJoin("; ", exceptions.Select(s => $"{s.Target} {(s.Enabled ? "on" : "off")} {AdminAnswers.Where(s.ChannelId)}"));
        }

        if (config.ChannelsOff.Count > 0)
        {
            text.Append("\nAllyBot is off in ").AppendJoin(", ", config.ChannelsOff.Order(StringComparer.Ordinal).Select(ChatMentions.Channel));
        }

        return text.Append("\n`/ally admin rules <category>` lists a category's rules.").ToString();
    }

    private static string Category(WorkspaceAdminConfig config, IReadOnlyList<Rule> composed, IReadOnlyList<Rule> all, string category)
    {
        var inCategory = composed.Where(r => r.Category == category).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        if (inCategory.Count == 0)
        {
            return AdminAnswers.UnknownTarget(category, all) ?? $"There is no category '{category}'.";
        }

        var text = new StringBuilder($"{category} rules (workspace-wide):");
        foreach (var rule in inCategory)
        {
            var shipped = all.First(r => r.Id == rule.Id).Severity;
            text.Append("\n• `").Append(rule.Id).Append("`: ").Append(rule.Enabled ? "on" : "off").Append(" · ").Append(rule.Severity.ToName());
            if (shipped != rule.Severity)
            {
                text.Append(" (shipped as ").Append(shipped.ToName()).Append(')');
            }

            var exceptions = config.Switches.Where(s => s.ChannelId is not null && (s.Target == rule.Id || s.Target == rule.Category)).ToList();
            if (exceptions.Count > 0)
            {
                text.Append(" · ").AppendJoin(", ", exceptions.Select(s => $"{(s.Enabled ? "on" : "off")} {AdminAnswers.Where(s.ChannelId)}"));
            }
        }

        return text.ToString();
    }
}
