using AllyBot.Rules.Loading;
using AllyBot.Rules.Tests.Accuracy;

namespace AllyBot.Rules.Tests.Corpus;

/// <summary>
/// Each language's rules stay out of the other language's text, over every documented example, the labelled chat sets
/// and the bench corpus: English rules flag nothing in German messages, and German rules nothing in English ones, that
/// the message's own rules leave alone. The only overlap allowed is a shared loanword both packs flag ("ok Boomer",
/// "so OCD"), so a message matched with the wrong pack never gets a nudge its own language would not give.
/// </summary>
public sealed class CrossLanguageTests
{
    private static readonly Lazy<RuleSet> Shipped = new(() => RuleSetLoader.LoadOrThrow(RepositoryPaths.Rules));

    private static IEnumerable<string> Messages(string language, string labelledFile) =>
        Shipped.Value.ForLanguage(language).Rules
            .SelectMany(r => r.Examples.Flag.Concat(r.Examples.Pass))
            .Concat(AccuracyTests.Load(labelledFile).Select(m => m.Text));

    /// <summary>Findings of <paramref name="foreign"/> rules that the <paramref name="native"/> rules do not share.</summary>
    private static string[] ForeignOnlyFindings(string foreign, string native, IEnumerable<string> messages)
    {
        var foreignRules = Shipped.Value.ForLanguage(foreign);
        var nativeRules = Shipped.Value.ForLanguage(native);
        return [.. messages.SelectMany(m =>
        {
            var nativeFindings = nativeRules.Evaluate(m);
            return foreignRules.Evaluate(m)
                .Where(f => !nativeFindings.Any(n => n.Start < f.Start + f.Length && f.Start < n.Start + n.Length))
                .Select(f => $"{f.Rule.Id} \"{f.Matched}\" in: {m}");
        })];
    }

    [Test]
    public void GermanMessages_EnglishRules_FindNothing() =>
        Assert.That(ForeignOnlyFindings("en", "de", Messages("de", "labelled-chat.de.tsv")), Is.Empty);

    [Test]
    public void EnglishMessages_GermanRules_FindNothing()
    {
        var bench = File.ReadLines(Path.Combine(RepositoryPaths.Root, "bot", "AllyBot.Cli", "Bench", "chat-sentences.txt"));

        Assert.That(ForeignOnlyFindings("de", "en", Messages("en", "labelled-chat.tsv").Concat(bench)), Is.Empty);
    }

    [Test]
    public void GermanMessage_GetsGermanSuggestions()
    {
        var finding = Shipped.Value.ForLanguage("de").Evaluate("Liebe Kollegen, wer braucht noch einen Fachmann für das Audit?");

        Assert.That(finding.Select(f => (f.Rule.Id, f.Rule.Suggestions[0])), Is.EqualTo(new[]
        {
            ("de/gendered-language/kollegen", "Kolleginnen und Kollegen"), ("de/gendered-language/fachmann", "Fachkraft"),
        }));
    }
}
