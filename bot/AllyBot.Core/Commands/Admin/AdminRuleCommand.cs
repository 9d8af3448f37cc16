using AllyBot.Core.Admin;
using AllyBot.Rules.Customizing;

namespace AllyBot.Core.Commands.Admin;

/// <summary>
/// <c>/ally admin rule add &lt;YAML&gt;</c> and <c>/ally admin rule remove &lt;id&gt;</c>: the workspace's own rules,
/// written like the files in <c>rules/</c> and checked the same way (see <see cref="CustomRules"/>).
/// </summary>
public sealed class AdminRuleCommand(CustomRuleService customRules) : IAdminSubcommand
{
    /// <summary>A complete rule to start from, shown when <c>rule add</c> comes without one.</summary>
    public const string Template = """
        id: custom/rockstar
        severity: suggestion
        match:
          words: [rockstar, ninja]
        suggestions: [expert, skilled engineer]
        message: '"{match}" sounds like a club; "{suggestion}" says what you need.'
        why: Hype words in job posts put off people who do not see themselves that way.
        examples:
          flag: ["we need a rockstar", "hiring a ninja dev"]
          pass: ["the rock star played", "we need an expert"]
        """;

    public string Name => "rule";

    public string Usage => "rule add <YAML> | rule remove <id>";

    public string Summary => $"adds this workspace's own rule (checked like the shipped ones; at most {CustomRules.MaxPerWorkspace}) or removes one";

    public async Task<string> RunAsync(CommandContext context, string arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = arguments.Trim();
        var space = text.IndexOfAny([' ', '\t', '\n']);
        var action = (space < 0 ? text : text[..space]).ToLowerInvariant();
        var rest = space < 0 ? "" : text[(space + 1)..].Trim();
        var workspace = context.Command.Where.WorkspaceId;
        switch (action)
        {
            case "add" when rest.Length == 0:
                return $"Write the rule after `/ally admin rule add` (a new line is fine), in the same YAML as AllyBot's rule files, for example:\n```\n{Template}```";
            case "add":
                return (await customRules.AddAsync(workspace, AdminArguments.WithoutCodeFence(rest), context.Command.Caller.Id, cancellationToken).ConfigureAwait(false)) switch
                {
                    { Added: true } added => AdminAnswers.Done(added.Text) + $" It nudges from the next message on; `/ally admin disable {added.RuleId}` turns it off.",
                    var refused => refused.Text,
                };
            case "remove" when rest.Length > 0 && !rest.Contains(' ', StringComparison.Ordinal):
                return await customRules.RemoveAsync(workspace, rest, context.Command.Caller.Id, cancellationToken).ConfigureAwait(false);
            default:
                return $"Use `/ally admin {Usage}`.";
        }
    }
}
