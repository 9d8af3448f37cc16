using AllyBot.Rules.Model;

namespace AllyBot.Rules.Tests;

public sealed class RuleSetTests
{
    private static Rule InLocale(string id, string word, string locale) => TestRules.Rule(id, words: [word]) with { Locale = locale };

    private static readonly RuleSet Mixed = TestRules.Set(
        InLocale("a/guys", "guys", "en"),
        InLocale("a/mannschaft", "mannschaft", "de"),
        InLocale("a/chairman", "chairman", "en-GB"),
        InLocale("a/fachmann", "fachmann", "de-AT"));

    [Test]
    public void Languages_MixedLocales_ListsPrimarySubtagsOnceSorted() =>
        Assert.That(Mixed.Languages, Is.EqualTo(new[] { "de", "en" }));

    [Test]
    public void ForLanguage_German_MatchesOnlyGermanRulesOfEveryRegion()
    {
        var german = Mixed.ForLanguage("de-DE");

        Assert.Multiple(() =>
        {
            Assert.That(german.Rules.Select(r => r.Id), Is.EquivalentTo(new[] { "a/mannschaft", "a/fachmann" }));
            Assert.That(german.Matches("hey guys, die mannschaft braucht einen fachmann"), Is.EqualTo(new[] { "mannschaft", "fachmann" }));
        });
    }

    [Test]
    public void ForLanguage_LanguageWithoutRules_MatchesNothing() =>
        Assert.That(Mixed.ForLanguage("fr").Evaluate("hey guys, chairman"), Is.Empty);

    [Test]
    public void ForLanguage_SameLanguageTwice_ReturnsTheCompiledSetOnce() =>
        Assert.That(Mixed.ForLanguage("EN"), Is.SameAs(Mixed.ForLanguage("en-US")));

    [Test]
    public void ForLanguage_EveryRuleInThatLanguage_ReturnsTheSetItself()
    {
        var english = TestRules.Set(InLocale("a/guys", "guys", "en"));

        Assert.That(english.ForLanguage("en"), Is.SameAs(english));
    }

    [Test]
    public void ForLanguage_Blank_Throws() =>
        Assert.That(() => Mixed.ForLanguage(" "), Throws.ArgumentException);
}
