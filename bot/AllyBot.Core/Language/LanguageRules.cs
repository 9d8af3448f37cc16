using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Rules.Language;
using AllyBot.Rules.Model;

namespace AllyBot.Core.Language;

/// <summary>
/// Checks a message with the rules of its language: each part (see <see cref="TextLanguages"/>) with the rules of the
/// part's language, and parts in a language without rules not at all, so English rules never read German text.
/// </summary>
public sealed class LanguageRules(IRuleSetProvider rules, ILanguageDetector detector)
{
    public async Task<LanguageEvaluation> EvaluateAsync(ChatAddress where, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(where);
        ArgumentNullException.ThrowIfNull(text);
        var set = rules.RulesFor(where);
        var local = LanguageGuesser.Analyse(text);
        var dominant = await detector.DetectAsync(where.WorkspaceId, text, local, cancellationToken).ConfigureAwait(false);
        var spans = local.Assign(dominant.Language);
        var findings = new List<Finding>();
        var unsupported = new List<string>();
        foreach (var span in spans)
        {
            var inLanguage = set.ForLanguage(span.Language);
            if (inLanguage.Rules.Count == 0)
            {
                if (!unsupported.Contains(span.Language, StringComparer.OrdinalIgnoreCase))
                {
                    unsupported.Add(span.Language);
                }

                continue;
            }

            if (spans.Count == 1)
            {
                findings.AddRange(inLanguage.Evaluate(text));
                continue;
            }

            foreach (var finding in inLanguage.Evaluate(text.Substring(span.Start, span.Length)))
            {
                findings.Add(finding with { Start = finding.Start + span.Start });
            }
        }

        return new LanguageEvaluation(dominant, spans, findings, unsupported);
    }
}
