using AllyBot.Rules.Model;

namespace AllyBot.Rules.Tests.Matching;

/// <summary>The matcher on German rules: capitalised nouns, names, inflection, umlauts, gender forms and compounds.</summary>
public sealed class GermanMatchingTests
{
    private static RuleSet German(params string[] words) =>
        TestRules.Set(TestRules.Rule("de/test/rule", words: words, locale: "de"));

    [Test]
    public void Evaluate_CapitalisedNounsMidSentence_AreMatched()
    {
        var rules = TestRules.Set(
            TestRules.Rule("de/test/mannschaft", words: ["Mannschaft"], locale: "de"),
            TestRules.Rule("de/test/fachmann", words: ["Fachmann"], locale: "de"),
            TestRules.Rule("test/crazy", words: ["crazy"]));

        Assert.That(rules.ForLanguage("de").Matches("die Mannschaft braucht einen Fachmann"), Is.EqualTo(new[] { "Mannschaft", "Fachmann" }));
    }

    [TestCase("Herr Fachmann ruft morgen zurück")]
    [TestCase("schick es an Frau Fachmann")]
    [TestCase("die Fachmann GmbH hat das Angebot geschickt")]
    [TestCase("wir waren bei Klaus Fachmann zum Grillen")]
    public void Evaluate_NameOrCompany_IsNotMatched(string text) =>
        Assert.That(German("Fachmann").Matches(text), Is.Empty);

    [TestCase("der Film Bekloppt läuft heute", new string[0])]
    [TestCase("das ist doch bekloppt", new[] { "bekloppt" })]
    [TestCase("Bekloppt, oder?", new[] { "Bekloppt" })]
    [TestCase("Hallo Bekloppte, wie geht's?", new[] { "Bekloppte" })]
    [TestCase("wir schauen heute Abend Bekloppt im Kino", new string[0])]
    [TestCase("die Firma ist bekloppt", new[] { "bekloppt" })]
    public void Evaluate_LowerCaseRuleWordWithCapital_IsANameOnlyMidSentence(string text, string[] expected) =>
        Assert.That(German("bekloppt").Matches(text), Is.EqualTo(expected));

    [TestCase("Hallo, Liebe Kollegen", "Kollegen")]
    [TestCase("bitte sagen Sie Ihre Mitarbeiter Bescheid", "Mitarbeiter")]
    [TestCase("der Server rechnet wie ein Mädchen", "rechnet wie ein Mädchen")]
    public void Evaluate_CapitalisedWordBefore_IsNoEvidenceWhenOrdinaryGerman(string text, string expected) =>
        Assert.That(German("Kollegen", "Mitarbeiter", "rechnet wie ein Mädchen").Matches(text), Is.EqualTo(new[] { expected }));

    [TestCase("den Mitarbeitern fehlt der Zugang", "Mitarbeitern")]
    [TestCase("die Aufgabe des Mitarbeiters", "Mitarbeiters")]
    [TestCase("eine behinderte Lösung", "behinderte")]
    [TestCase("das war echt behindertes Design", "behindertes")]
    public void Evaluate_InflectedForms_AreMatched(string text, string expected) =>
        Assert.That(German("Mitarbeiter", "behindert").Matches(text), Is.EqualTo(new[] { expected }));

    [TestCase("zwei Fachmaenner kommen morgen", "Fachmaenner")]
    [TestCase("ich bin hier das Maedchen fuer alles", "Maedchen fuer alles")]
    [TestCase("ich bin hier das MÄDCHEN FÜR ALLES", "MÄDCHEN FÜR ALLES")]
    public void Evaluate_UmlautSpellings_AreMatched(string text, string expected) =>
        Assert.That(German("Fachmänner", "Mädchen für alles").Matches(text), Is.EqualTo(new[] { expected }));

    [TestCase("alle Mitarbeiter*innen bitte eintragen")]
    [TestCase("alle Mitarbeiter:innen bitte eintragen")]
    [TestCase("alle Mitarbeiter/innen bitte eintragen")]
    [TestCase("alle Mitarbeiter/-innen bitte eintragen")]
    [TestCase("alle Mitarbeiter_innen bitte eintragen")]
    [TestCase("alle MitarbeiterInnen bitte eintragen")]
    [TestCase("alle Mitarbeiter·innen bitte eintragen")]
    [TestCase("der Mitarbeiter(in) bitte eintragen")]
    [TestCase("liebe Mitarbeiterinnen und Mitarbeiter")]
    [TestCase("Mitarbeiter und Mitarbeiterinnen bitte eintragen")]
    [TestCase("eine Mitarbeiterin oder einen Mitarbeiter fragen")]
    [TestCase("Mitarbeiter/Mitarbeiterinnen bitte eintragen")]
    public void Evaluate_FormThatIncludesEveryone_IsNotMatched(string text) =>
        Assert.That(German("Mitarbeiter").Matches(text), Is.Empty);

    [Test]
    public void Evaluate_PairWithAnotherWord_IsStillMatched() =>
        Assert.That(German("Mitarbeiter").Matches("Mitarbeiter und Kundinnen bitte eintragen"), Is.EqualTo(new[] { "Mitarbeiter" }));

    [TestCase("die Mitarbeiterbefragung startet", new string[0])]
    [TestCase("die Mitarbeiter-Befragung startet", new string[0])]
    [TestCase("alle Projekt-Mitarbeiter bitte melden", new[] { "Mitarbeiter" })]
    public void Evaluate_Compounds_OnlyTheLastPartNamesPeople(string text, string[] expected) =>
        Assert.That(German("Mitarbeiter").Matches(text), Is.EqualTo(expected));

    [Test]
    public void Evaluate_SlurAsFirstPartOfCompound_IsStillMatched() =>
        Assert.That(
            TestRules.Set(TestRules.Rule("de/test/slur", words: ["Mohrenkopf"], severity: Severity.Warning, locale: "de")).Matches("die Mohrenkopf-Torte"),
            Is.EqualTo(new[] { "Mohrenkopf" }));

    [Test]
    public void Evaluate_PatternOverCompoundsWithCapitals_IsNotTakenForAName()
    {
        var rules = TestRules.Set(TestRules.Rule("de/test/mitarbeiter", pattern: @"\b\p{L}*mitarbeitern\b", locale: "de"));

        Assert.That(rules.Matches("wir haben den Projektmitarbeitern das Budget erklärt"), Is.EqualTo(new[] { "Projektmitarbeitern" }));
    }

    [Test]
    public void Evaluate_EnglishRule_KeepsTheEnglishNameCheck() =>
        Assert.That(TestRules.Set(TestRules.Rule("test/crazy", words: ["crazy"])).Matches("we tracked it in Crazy Egg"), Is.Empty);
}
