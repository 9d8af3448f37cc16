using AllyBot.Rules.Matching;

namespace AllyBot.Rules.Tests.Matching;

public sealed class PhraseFormsTests
{
    [TestCase("guy", "guys")]
    [TestCase("dummy", "dummies")]
    [TestCase("day", "days")]
    [TestCase("box", "boxes")]
    [TestCase("switch", "switches")]
    [TestCase("bus", "buses")]
    public void Plural_RegularNoun_FollowsEnglishSpelling(string word, string expected) =>
        Assert.That(PhraseForms.Plural(word), Is.EqualTo(expected));

    [TestCase("man-hours", new[] { "man", "hours" })]
    [TestCase("white  list", new[] { "white", "list" })]
    [TestCase("old wives' tale", new[] { "old", "wives", "tale" })]
    [TestCase("can't", new[] { "can't" })]
    [TestCase("he/she", new[] { "he", "she" })]
    public void SplitWords_PlainPhrase_SplitsLikeMessages(string phrase, string[] expected) =>
        Assert.That(PhraseForms.SplitWords(phrase), Is.EqualTo(expected));

    [TestCase("24/7")]
    [TestCase("guys!")]
    [TestCase("\"quoted\"")]
    [TestCase("hey, guys")]
    [TestCase("")]
    public void SplitWords_NotPlainWords_ReturnsNull(string phrase) =>
        Assert.That(PhraseForms.SplitWords(phrase), Is.Null);

    [Test]
    public void Expand_TwoWordPhrase_AddsClosedUpAndInflectedForms()
    {
        var forms = PhraseForms.Expand(["white", "list"], inflect: true).Select(f => string.Join(' ', f)).ToList();

        Assert.That(forms, Is.SupersetOf(new[] { "white list", "white lists", "white list's", "white list’s", "whitelist", "whitelists" }));
    }

    [Test]
    public void Expand_WithoutCloseUp_NeverJoinsTheWords() =>
        Assert.That(PhraseForms.Expand(["s", "he"], inflect: false, closeUp: false).Select(f => string.Join(' ', f)), Does.Not.Contain("she"));

    [Test]
    public void Expand_WithoutInflection_KeepsTheWrittenForm() =>
        Assert.That(PhraseForms.Expand(["ADD"], inflect: false).Select(f => f.Single()), Is.EquivalentTo(new[] { "ADD" }));
}
