using System.Text;
using AllyBot.Core.Language;
using AllyBot.Rules.Model;

namespace AllyBot.Core.Commands;

/// <summary><c>/ally check &lt;text&gt;</c>: a private dry run over a draft, saying which language it read; nothing is recorded.</summary>
public sealed class CheckCommand(LanguageRules rules) : IAllyCommand
{
    public string Verb => "check";

    public string Usage => "check <text>";

    public string Summary => "privately check a draft before you send it";

    public async Task<string> RunAsync(CommandContext context, string arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (arguments.Length == 0)
        {
            return "Give me the text to check, like `/ally check hey all, quick question`.";
        }

        var evaluation = await rules.EvaluateAsync(context.Command.Where, arguments, cancellationToken).ConfigureAwait(false);
        var answer = new StringBuilder(LanguageLine(evaluation)).Append('\n');
        var findings = evaluation.Findings;
        if (findings.Count == 0)
        {
            return answer.Append("Nothing to suggest for that text. 👍").ToString();
        }

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

        return answer.ToString().TrimEnd();
    }

    /// <summary>"Read as German (de)." plus the parts in other languages, and the languages AllyBot has no tips for.</summary>
    private static string LanguageLine(LanguageEvaluation evaluation)
    {
        var line = new StringBuilder(evaluation.Dominant.Source == LanguageSource.Default ? "Too little text to tell the language, so I read it as " : "Read as ")
            .Append(LanguageNames.Describe(evaluation.Dominant.Language));
        var others = evaluation.Spans.Select(s => s.Language).Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(l => !string.Equals(l, evaluation.Dominant.Language, StringComparison.OrdinalIgnoreCase)).ToList();
        if (others.Count > 0)
        {
            line.Append(", with parts in ").Append(string.Join(", ", others.Select(LanguageNames.Describe)));
        }

        line.Append('.');
        if (evaluation.Unsupported.Count > 0)
        {
            line.Append(" I have no tips in ").Append(string.Join(" or ", evaluation.Unsupported.Select(LanguageNames.Describe)))
                .Append(" yet, so I skip ").Append(evaluation.Spans.All(s => evaluation.Unsupported.Contains(s.Language)) ? "it" : "those parts").Append('.');
        }

        return line.ToString();
    }
}
