using AllyBot.Rules.Language;

namespace AllyBot.Rules.Tests.Language;

public sealed class TextLanguagesTests
{
    private static SentenceGuess Sentence(int start, int length, string language, double confidence, int evidence = 10) =>
        new(start, length, new LanguageGuess(language, confidence, evidence));

    [Test]
    public void Assign_UnsureSentences_TakeTheDominantLanguage()
    {
        var languages = new TextLanguages(
            new LanguageGuess("de", 0.4, 10),
            [Sentence(0, 10, "en", 0.9), Sentence(10, 5, "en", 0.2), Sentence(15, 20, "de", 0.8), Sentence(35, 3, LanguageGuess.Undetermined, 0, 0)]);

        var spans = languages.Assign("de");

        Assert.That(spans, Is.EqualTo(new[] { new LanguageSpan(0, 10, "en"), new LanguageSpan(10, 28, "de") }));
    }

    [Test]
    public void Assign_OneLanguage_IsOneSpanOverEverything()
    {
        var languages = new TextLanguages(new LanguageGuess("en", 0.9, 30), [Sentence(0, 10, "en", 0.9), Sentence(10, 7, "en", 0.1)]);

        Assert.That(languages.Assign("en"), Is.EqualTo(new[] { new LanguageSpan(0, 17, "en") }));
    }

    [Test]
    public void IsSure_SentenceWithWeakEvidence_IsUnsure()
    {
        var languages = new TextLanguages(new LanguageGuess("de", 0.4, 10), [Sentence(0, 10, "de", 0.9), Sentence(10, 5, "en", 0.3)]);

        Assert.That(languages.IsSure, Is.False);
    }

    [Test]
    public void IsSure_ConfidentSentencesAndEvidenceFreeOnes_IsSure()
    {
        var languages = new TextLanguages(new LanguageGuess("de", 0.4, 10), [Sentence(0, 10, "de", 0.9), Sentence(10, 5, LanguageGuess.Undetermined, 0, 0)]);

        Assert.That(languages.IsSure, Is.True);
    }

    [Test]
    public void Assign_BlankDominant_Throws() =>
        Assert.That(() => new TextLanguages(LanguageGuess.None, []).Assign(" "), Throws.ArgumentException);
}
