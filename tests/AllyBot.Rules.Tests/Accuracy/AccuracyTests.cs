using AllyBot.Rules.Loading;
using AllyBot.Rules.Model;

namespace AllyBot.Rules.Tests.Accuracy;

/// <summary>
/// Precision and recall of the shipped rules on our own labelled chat messages, one file per language, each matched
/// with the rules of its language (label 1: policy.md wants a nudge at suggestion or warning level; label 0: it must
/// not get one). Info findings never interrupt, so they count as none.
/// </summary>
public sealed class AccuracyTests
{
    internal sealed record Labelled(bool ShouldNudge, string Text);

    private static readonly Lazy<RuleSet> Shipped = new(() => RuleSetLoader.LoadOrThrow(RepositoryPaths.Rules));

    internal static IReadOnlyList<Labelled> Load(string file) =>
        [.. File.ReadLines(Path.Combine(TestContext.CurrentContext.TestDirectory, "Accuracy", file))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t', 2))
            .Select(parts => new Labelled(parts[0] == "1", parts[1].Replace("\\n", "\n", StringComparison.Ordinal)))];

    [Test]
    public void LabelledChat_ShippedRules_ReachF1AndFalseAlarmTargets() =>
        AssertAccuracy("labelled-chat.tsv", "en");

    [Test]
    public void LabelledGermanChat_GermanRules_ReachF1AndFalseAlarmTargets() =>
        AssertAccuracy("labelled-chat.de.tsv", "de");

    private static void AssertAccuracy(string file, string language)
    {
        var rules = Shipped.Value.ForLanguage(language);
        int truePositive = 0, falsePositive = 0, falseNegative = 0, negatives = 0;
        var misses = new List<string>();
        foreach (var message in Load(file))
        {
            var nudged = rules.Evaluate(message.Text).Any(f => f.Rule.Severity >= Severity.Suggestion);
            negatives += message.ShouldNudge ? 0 : 1;
            if (nudged && message.ShouldNudge)
            {
                truePositive++;
            }
            else if (nudged)
            {
                falsePositive++;
                misses.Add("false alarm: " + message.Text);
            }
            else if (message.ShouldNudge)
            {
                falseNegative++;
                misses.Add("missed:      " + message.Text);
            }
        }

        var precision = truePositive / (double)(truePositive + falsePositive);
        var recall = truePositive / (double)(truePositive + falseNegative);
        var f1 = 2 * precision * recall / (precision + recall);
        var falseAlarmRate = falsePositive / (double)negatives;
        TestContext.Out.WriteLine($"{language}: precision {precision:P1}, recall {recall:P1}, F1 {f1:F3}, false alarms {falseAlarmRate:P1} of {negatives} ordinary messages");
        misses.ForEach(TestContext.Out.WriteLine);

        Assert.Multiple(() =>
        {
            Assert.That(f1, Is.GreaterThanOrEqualTo(0.90), "F1");
            Assert.That(falseAlarmRate, Is.LessThanOrEqualTo(0.03), "false alarm rate");
        });
    }
}
