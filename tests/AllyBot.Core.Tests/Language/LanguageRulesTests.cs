using AllyBot.Core.Conversations;
using AllyBot.Core.Language;
using AllyBot.Testing;

namespace AllyBot.Core.Tests.Language;

public sealed class LanguageRulesTests
{
    private static readonly ChatAddress Where = new(ChatPlatform.Playground, "T1", "C1");

    private static Task<LanguageEvaluation> EvaluateAsync(string text) =>
        LocalOnlyLanguage.Rules(new FixedRuleSetProvider(GermanTestRules.Set)).EvaluateAsync(Where, text);

    [Test]
    public async Task Evaluate_GermanMessage_UsesOnlyGermanRules()
    {
        var evaluation = await EvaluateAsync("Das war echt crazy heute, Jungs, einfach verrückt.");

        Assert.Multiple(() =>
        {
            Assert.That(evaluation.Dominant.Language, Is.EqualTo("de"));
            Assert.That(evaluation.Findings.Select(f => f.Rule.Id), Is.EqualTo(new[] { "gendered-language/de-jungs", "ableism/de-verrueckt" }));
            Assert.That(evaluation.Findings[0].Rule.Suggestions[0], Is.EqualTo("Leute"));
            Assert.That(evaluation.Unsupported, Is.Empty);
        });
    }

    [Test]
    public async Task Evaluate_EnglishMessage_UsesOnlyEnglishRules()
    {
        var evaluation = await EvaluateAsync("Can you guys have a look at this crazy bug before we ship it?");

        Assert.That(evaluation.Findings.Select(f => f.Rule.Id), Is.EqualTo(new[] { "gendered-language/guys", "ableism/crazy" }));
    }

    [Test]
    public async Task Evaluate_MixedMessage_EachSentenceGetsTheRulesOfItsLanguageAtItsOffsets()
    {
        const string text = "Great work on the release, guys, that was a crazy week! Das war wirklich verrückt für uns alle, Jungs.";

        var evaluation = await EvaluateAsync(text);

        Assert.Multiple(() =>
        {
            Assert.That(evaluation.Spans.Select(s => s.Language), Is.EqualTo(new[] { "en", "de" }));
            Assert.That(evaluation.Findings.Select(f => f.Rule.Id), Is.EqualTo(new[] { "gendered-language/guys", "ableism/crazy", "ableism/de-verrueckt", "gendered-language/de-jungs" }));
            Assert.That(evaluation.Findings.Select(f => text.Substring(f.Start, f.Length)), Is.EqualTo(evaluation.Findings.Select(f => f.Matched)));
        });
    }

    [Test]
    public async Task Evaluate_LanguageWithoutRules_FindsNothingAndSaysWhichLanguage()
    {
        var evaluation = await EvaluateAsync("Est-ce que les guys peuvent vérifier ça avant la réunion? C'est crazy.");

        Assert.Multiple(() =>
        {
            Assert.That(evaluation.Findings, Is.Empty);
            Assert.That(evaluation.Unsupported, Is.EqualTo(new[] { "fr" }));
        });
    }

    [Test]
    public async Task Evaluate_MixOfKnownAndUnknownLanguage_ChecksOnlyTheKnownPart()
    {
        var evaluation = await EvaluateAsync("Thanks for all the help with this crazy release, it was great. Muchas gracias a todos los guys del equipo por la ayuda.");

        Assert.Multiple(() =>
        {
            Assert.That(evaluation.Findings.Select(f => f.Rule.Id), Is.EqualTo(new[] { "ableism/crazy" }));
            Assert.That(evaluation.Unsupported, Is.EqualTo(new[] { "es" }));
        });
    }

    [Test]
    public async Task Evaluate_TooShortToTell_UsesTheDefaultLanguage()
    {
        var evaluation = await EvaluateAsync("hey guys");

        Assert.Multiple(() =>
        {
            Assert.That(evaluation.Dominant.Source, Is.EqualTo(LanguageSource.Default));
            Assert.That(evaluation.Findings.Select(f => f.Matched), Is.EqualTo(new[] { "guys" }));
        });
    }
}
