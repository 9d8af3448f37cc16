using AllyBot.Rules.Matching;

namespace AllyBot.Rules.Tests.Matching;

internal sealed class TextScannerTests
{
    private static Token[] Tokenize(string text)
    {
        var buffer = new Token[TextScanner.MaxTokens(text.Length)];
        return buffer[..TextScanner.Tokenize(text, buffer)];
    }

    private static string[] Words(string text) => [.. Tokenize(text).Select(t => text.Substring(t.Start, t.Length))];

    [Test]
    public void Tokenize_Prose_YieldsWordsWithOriginalOffsets() =>
        Assert.That(Words("Hi team, it's 9am-ish!"), Is.EqualTo(new[] { "Hi", "team", "it's", "9am", "ish" }));

    [Test]
    public void Tokenize_SentenceStarts_AreMarked()
    {
        var tokens = Tokenize("Done. Next one\nThen");

        Assert.That(tokens.Select(t => t.Has(TokenFlags.SentenceInitial)), Is.EqualTo(new[] { true, true, false, true }));
    }

    [Test]
    public void Tokenize_Punctuation_BreaksJoining()
    {
        var tokens = Tokenize("man-hours, total");

        Assert.That(tokens.Select(t => t.Has(TokenFlags.JoinsPrevious)), Is.EqualTo(new[] { false, true, false }));
    }

    [TestCase("OK", TokenFlags.AllCaps)]
    [TestCase("Guy", TokenFlags.Capitalized)]
    [TestCase("snake_case", TokenFlags.Identifier)]
    [TestCase("camelCase", TokenFlags.Identifier)]
    [TestCase("sha256", TokenFlags.HasDigit)]
    public void Tokenize_WordShapes_AreFlagged(string word, TokenFlags expected) =>
        Assert.That(Tokenize("x " + word)[1].Has(expected), Is.True);

    [Test]
    public void Tokenize_MaxTokens_IsEnoughForTheDensestText()
    {
        var text = string.Concat(Enumerable.Repeat("a ", 1000)) + "a";

        Assert.That(Tokenize(text), Has.Length.EqualTo(1001));
    }

    [Test]
    public void Tokenize_MarkupAndEntities_AreSkipped() =>
        Assert.That(Words("<p>hello&nbsp;there</p> <b>team</b>"), Is.EqualTo(new[] { "hello", "there", "team" }));
}
