using AllyBot.Rules.Matching;

namespace AllyBot.Rules.Tests.Matching;

public sealed class GermanFormsTests
{
    private static string[] Forms(params string[] words) =>
        [.. PhraseForms.Expand(words, inflect: true, closeUp: true, language: "de").Select(f => string.Join(' ', f))];

    [Test]
    public void Expand_Noun_AddsCaseAndPluralEndings() =>
        Assert.That(Forms("Mitarbeiter"), Is.SupersetOf(new[] { "Mitarbeiter", "Mitarbeiters", "Mitarbeitern" }));

    [Test]
    public void Expand_LowerCaseWord_AddsAdjectiveEndings() =>
        Assert.That(Forms("behindert"), Is.EquivalentTo(new[] { "behindert", "behinderte", "behinderten", "behinderter", "behindertes", "behindertem" }));

    [Test]
    public void Expand_Umlauts_AlsoSpelledWithE() =>
        Assert.That(Forms("Fachmänner"), Is.SupersetOf(new[] { "Fachmänner", "Fachmaenner", "Fachmännern", "Fachmaennern" }));

    [Test]
    public void Expand_SharpS_AlsoSpelledWithDoubleS() =>
        Assert.That(Forms("Großmaul"), Does.Contain("Grossmaul"));

    [Test]
    public void Expand_Phrase_InflectsOnlyTheLastWordAndTransliteratesEveryWord() =>
        Assert.That(Forms("Mädchen", "für", "alles"), Is.SupersetOf(new[] { "Mädchen für alles", "Maedchen fuer alles", "Mädchenfüralles" }));

    [Test]
    public void Expand_GermanWord_GetsNoEnglishPossessive() =>
        Assert.That(Forms("Fachmann"), Has.None.Contains('\''));

    [Test]
    public void Expand_WithoutInflection_KeepsTheWordAndItsSpelling() =>
        Assert.That(
            PhraseForms.Expand(["Spaß"], inflect: false, closeUp: true, language: "de").Select(f => f[0]),
            Is.EquivalentTo(new[] { "Spaß", "Spass" }));
}
