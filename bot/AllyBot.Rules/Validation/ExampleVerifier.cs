using AllyBot.Rules.Loading;

namespace AllyBot.Rules.Validation;

/// <summary>
/// Runs every rule's documented examples through the rules of the rule's language (as AllyBot would match a message
/// in that language): each <c>flag</c> example must yield a finding from its rule and each <c>pass</c> example none from it.
/// </summary>
public static class ExampleVerifier
{
    /// <summary>One error per example that does not behave as documented.</summary>
    public static IReadOnlyList<RuleLoadError> Verify(RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        var errors = new List<RuleLoadError>();
        foreach (var rule in ruleSet.Rules.Where(r => r.Enabled))
        {
            var path = rule.SourcePath ?? rule.Id;
            var sameLanguage = ruleSet.ForLanguage(rule.Locale);
            for (var i = 0; i < rule.Examples.Flag.Count; i++)
            {
                var example = rule.Examples.Flag[i];
                var findings = sameLanguage.Evaluate(example);
                if (!findings.Any(f => f.Rule.Id == rule.Id))
                {
                    var instead = findings.Count > 0 ? $" (found {string.Join(", ", findings.Select(f => f.Rule.Id))} instead)" : "";
                    errors.Add(new RuleLoadError(path, 0, $"examples.flag[{i}]", $"\"{example}\" should be flagged by this rule but is not{instead}"));
                }
            }

            for (var i = 0; i < rule.Examples.Pass.Count; i++)
            {
                var example = rule.Examples.Pass[i];
                if (sameLanguage.Evaluate(example).FirstOrDefault(f => f.Rule.Id == rule.Id) is { } finding)
                {
                    errors.Add(new RuleLoadError(path, 0, $"examples.pass[{i}]", $"\"{example}\" should pass but this rule flags \"{finding.Matched}\""));
                }
            }
        }

        return errors;
    }
}
