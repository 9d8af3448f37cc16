using AllyBot.Rules.Customizing;

namespace AllyBot.Core.Admin;

/// <summary>
/// Adds and removes a workspace's custom rules, for the <c>/ally admin rule</c> command and the settings views
/// alike. A rule is checked in full before anything is saved; the answer names every problem exactly.
/// </summary>
public sealed class CustomRuleService(WorkspaceAdmin admin, EffectiveRuleSetProvider rules)
{
    /// <summary>Adds the rule written as <paramref name="yaml"/>, as <paramref name="byUserId"/>'s change.</summary>
    public async Task<CustomRuleOutcome> AddAsync(string workspaceId, string yaml, string byUserId, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<string> problems = [];
        string? id = null;
        var (changed, text) = await admin.ChangeAsync(
                workspaceId,
                byUserId,
                current =>
                {
                    if (current.CustomRules.Count >= CustomRules.MaxPerWorkspace)
                    {
                        return AdminEdit.Refuse($"This workspace has {current.CustomRules.Count} custom rules, the most it may have; remove one first (`/ally admin rule remove <id>`).");
                    }

                    var result = CustomRules.Check(yaml, rules.AllRules(current));
                    if (result.Rule is not { } rule)
                    {
                        problems = [.. result.Errors.Select(e => e.ToString())];
                        return AdminEdit.Refuse("The rule was not added:\n" + string.Join('\n', problems.Select(p => "• " + p)));
                    }

                    if (current.CustomRules.Any(r => r.Id == rule.Id))
                    {
                        problems = [$"{CustomRules.Source}: id: '{rule.Id}' exists already; remove it first or choose another name"];
                        return AdminEdit.Refuse($"The rule was not added: `{rule.Id}` exists already. Remove it first (`/ally admin rule remove {rule.Id}`) or choose another name.");
                    }

                    id = rule.Id;
                    return AdminEdit.Change(current with { CustomRules = [.. current.CustomRules, new CustomRuleText(rule.Id, yaml.Trim() + "\n")] }, $"added custom rule {rule.Id}");
                },
                cancellationToken)
            .ConfigureAwait(false);
        return new CustomRuleOutcome(changed ? id : null, changed ? [] : problems.Count > 0 ? problems : [text], text);
    }

    /// <summary>Adds the rule given as form fields (see <see cref="CustomRuleFields"/>).</summary>
    public Task<CustomRuleOutcome> AddAsync(string workspaceId, CustomRuleFields fields, string byUserId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return AddAsync(workspaceId, fields.ToYaml(), byUserId, cancellationToken);
    }

    /// <summary>Removes a custom rule with its switches and severity override; returns the answer for the admin.</summary>
    public async Task<string> RemoveAsync(string workspaceId, string ruleId, string byUserId, CancellationToken cancellationToken = default)
    {
        var (changed, text) = await admin.ChangeAsync(
                workspaceId,
                byUserId,
                current => current.CustomRules.Any(r => r.Id == ruleId)
                    ? AdminEdit.Change(
                        current with
                        {
                            CustomRules = [.. current.CustomRules.Where(r => r.Id != ruleId)],
                            Switches = [.. current.Switches.Where(s => s.Target != ruleId)],
                            Severities = current.Severities.Where(s => s.Key != ruleId).ToDictionary(StringComparer.Ordinal),
                        },
                        $"removed custom rule {ruleId}")
                    : AdminEdit.Refuse($"There is no custom rule `{ruleId}`. `/ally admin rules {CustomRules.Category}` lists them."),
                cancellationToken)
            .ConfigureAwait(false);
        return changed ? $"Done: {text}. (`/ally admin undo` brings it back.)" : text;
    }
}
