using AllyBot.Core.Admin;
using AllyBot.Rules.Customizing;
using AllyBot.Rules.Loading;
using AllyBot.Rules.Model;

namespace AllyBot.Core.Commands.Admin;

/// <summary>
/// <c>/ally admin import &lt;YAML&gt;</c>: replaces the workspace's rule settings and custom rules with an export. The
/// whole text is checked first (every rule, switch and override); nothing changes unless all of it is valid.
/// </summary>
public sealed class AdminImportCommand(WorkspaceAdmin admin, EffectiveRuleSetProvider rules) : IAdminSubcommand
{
    public string Name => "import";

    public string Usage => "import <YAML from export>";

    public string Summary => "replaces the rule settings and custom rules with an export, after checking all of it";

    public async Task<string> RunAsync(CommandContext context, string arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (arguments.Trim().Length == 0)
        {
            return "Paste the text of `/ally admin export` after `/ally admin import` (a new line is fine).";
        }

        var errors = new List<RuleLoadError>();
        var document = WorkspaceRulesDocument.Parse(AdminArguments.WithoutCodeFence(arguments), errors);
        var customRules = document is null ? [] : Check(document, errors);
        if (document is null || errors.Count > 0)
        {
            return "Nothing was imported:\n" + string.Join('\n', errors.Select(e => "• " + e));
        }

        var (changed, text) = await admin.ChangeAsync(
                context.Command.Where.WorkspaceId,
                context.Command.Caller.Id,
                current => AdminEdit.Change(
                    current.WithDocument(document, customRules),
                    $"imported settings ({document.Switches.Count} switches, {document.Severities.Count} severity overrides, {customRules.Count} custom rules, floor {document.SeverityFloor.ToName()}, {document.ChannelsOff.Count} channels off)"),
                cancellationToken)
            .ConfigureAwait(false);
        return changed ? AdminAnswers.Done(text) : text;
    }

    private List<CustomRuleText> Check(WorkspaceRulesDocument document, List<RuleLoadError> errors)
    {
        if (document.CustomRules.Count > CustomRules.MaxPerWorkspace)
        {
            errors.Add(new RuleLoadError(WorkspaceRulesDocument.Source, 0, "custom_rules", $"has {document.CustomRules.Count}; a workspace may have {CustomRules.MaxPerWorkspace}"));
        }

        var accepted = new List<Rule>();
        var texts = new List<CustomRuleText>();
        for (var i = 0; i < document.CustomRules.Count; i++)
        {
            var result = CustomRules.Check(document.CustomRules[i], [.. rules.Shipped.Rules, .. accepted]);
            if (result.Rule is { } rule && accepted.TrueForAll(r => r.Id != rule.Id))
            {
                accepted.Add(rule);
                texts.Add(new CustomRuleText(rule.Id, document.CustomRules[i]));
            }
            else
            {
                var problems = result.Rule is null ? result.Errors.Select(e => e.Field.Length > 0 ? $"{e.Field}: {e.Problem}" : e.Problem) : [$"id: '{result.Rule.Id}' is listed twice"];
                errors.AddRange(problems.Select(p => new RuleLoadError(WorkspaceRulesDocument.Source, 0, $"custom_rules[{i}]", p)));
            }
        }

        List<Rule> all = [.. rules.Shipped.Rules, .. accepted];
        foreach (var choice in document.Switches)
        {
            if (AdminAnswers.UnknownTarget(choice.Target, all) is not null)
            {
                errors.Add(new RuleLoadError(WorkspaceRulesDocument.Source, 0, "rules", $"'{choice.Target}' is neither a rule nor a category here"));
            }
        }

        foreach (var ruleId in document.Severities.Keys.Where(id => !all.Exists(r => r.Id == id)))
        {
            errors.Add(new RuleLoadError(WorkspaceRulesDocument.Source, 0, $"severity.{ruleId}", "is not a rule here"));
        }

        return texts;
    }
}
