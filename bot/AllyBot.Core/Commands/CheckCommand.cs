using System.Text;
using AllyBot.Core.Ports;
using AllyBot.Rules.Model;

namespace AllyBot.Core.Commands;

/// <summary><c>/ally check &lt;text&gt;</c>: a private dry run over a draft; nothing is recorded.</summary>
public sealed class CheckCommand(IRuleSetProvider rules) : IAllyCommand
{
    public string Verb => "check";

    public string Usage => "check <text>";

    public string Summary => "privately check a draft before you send it";

    public Task<string> RunAsync(CommandContext context, string arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (arguments.Length == 0)
        {
            return Task.FromResult("Give me the text to check, like `/ally check hey all, quick question`.");
        }

        var findings = rules.RulesFor(context.Command.Where).Evaluate(arguments);
        if (findings.Count == 0)
        {
            return Task.FromResult("Nothing to suggest for that text. 👍");
        }

        var answer = new StringBuilder();
        foreach (var finding in findings)
        {
            answer.Append("• \"").Append(finding.Matched).Append("\": ").Append(finding.Message)
                .Append(" (try: ").Append(string.Join(", ", finding.Rule.Suggestions)).Append(')');
            if (finding.Rule.Severity == Severity.Info)
            {
                answer.Append(" [info: often fine, AllyBot would not interrupt for this]");
            }

            answer.Append("\n  why: ").Append(finding.Rule.Why).Append('\n');
        }

        return Task.FromResult(answer.ToString().TrimEnd());
    }
}
