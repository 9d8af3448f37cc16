using AllyBot.Rules.Language;

namespace AllyBot.Rules.Tests.Language;

public sealed class LanguageGuesserTests
{
    [TestCase("Can you check this before the meeting? I think we should ship it today.", "en")]
    [TestCase("Kannst du das bitte noch kurz prüfen, bevor wir es heute ausliefern?", "de")]
    [TestCase("Est-ce que tu peux vérifier ça avant la réunion? Je pense que c'est prêt.", "fr")]
    [TestCase("¿Puedes revisar esto antes de la reunión? Creo que ya está listo para hoy.", "es")]
    [TestCase("Kun je dit even controleren voor de vergadering? Ik denk dat het goed is.", "nl")]
    [TestCase("Puoi controllare questo prima della riunione? Penso che sia già pronto per oggi.", "it")]
    [TestCase("Você pode verificar isso antes da reunião? Acho que já está pronto para hoje.", "pt")]
    public void Guess_OrdinarySentence_NamesItsLanguageConfidently(string text, string language)
    {
        var guess = LanguageGuesser.Guess(text);

        Assert.Multiple(() =>
        {
            Assert.That(guess.Language, Is.EqualTo(language));
            Assert.That(guess.IsConfident, Is.True, $"confidence {guess.Confidence:0.00}");
        });
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("```var x = GetThing(); if (x) return;```")]
    [TestCase("https://example.com/die/der/das/und/ist <@U123> :tada:")]
    [TestCase("👍🎉")]
    public void Guess_NothingSaid_IsUndeterminedWithoutEvidence(string text)
    {
        var guess = LanguageGuesser.Guess(text);

        Assert.That(guess, Is.EqualTo(LanguageGuess.None));
    }

    [Test]
    public void Guess_GermanWordsOnlyInsideCodeAndUrls_DoNotCount()
    {
        var guess = LanguageGuesser.Guess("Please look at `das ist nicht gut und der test` and https://x.de/ist/das/und then merge it.");

        Assert.That(guess.Language, Is.EqualTo("en"));
    }

    [TestCase("hey guys")]
    [TestCase("ok")]
    [TestCase("Hallo")]
    public void Guess_VeryShortMessage_IsNeverConfident(string text) =>
        Assert.That(LanguageGuesser.Guess(text).IsConfident, Is.False);

    [Test]
    public void Guess_ShortGermanWithUmlautAndStopWords_IsConfident()
    {
        var guess = LanguageGuesser.Guess("Das ist verrückt");

        Assert.Multiple(() =>
        {
            Assert.That(guess.Language, Is.EqualTo("de"));
            Assert.That(guess.IsConfident, Is.True);
        });
    }

    [Test]
    public void Guess_ConfidenceGrowsWithEvidence()
    {
        var short1 = LanguageGuesser.Guess("the thing");
        var longer = LanguageGuesser.Guess("the thing is that we should have done it");

        Assert.That(longer.Confidence, Is.GreaterThan(short1.Confidence));
    }

    [Test]
    public void Guess_LongText_UsesPooledBufferAndStillGuesses()
    {
        var text = string.Concat(Enumerable.Repeat("Wir haben das heute nicht geschafft, aber morgen ist auch noch ein Tag. ", 200));

        Assert.That(LanguageGuesser.Guess(text).Language, Is.EqualTo("de"));
    }

    [Test]
    public void Analyse_MixedMessage_GuessesEachSentence()
    {
        var languages = LanguageGuesser.Analyse("Great work on the release, everyone! Das war wirklich ein verrückter Tag für uns alle.");

        Assert.Multiple(() =>
        {
            Assert.That(languages.Sentences.Select(s => s.Guess.Language), Is.EqualTo(new[] { "en", "de" }));
            Assert.That(languages.IsSure, Is.True);
        });
    }

    [Test]
    public void Analyse_Sentences_CoverTheWholeTextInOrder()
    {
        const string text = "  First one here. Second one there!\nThird line";
        var sentences = LanguageGuesser.Analyse(text).Sentences;

        Assert.Multiple(() =>
        {
            Assert.That(sentences, Has.Count.EqualTo(3));
            Assert.That(sentences[0].Start, Is.Zero);
            Assert.That(sentences.Zip(sentences.Skip(1)).All(p => p.First.Start + p.First.Length == p.Second.Start), Is.True);
            Assert.That(sentences[^1].Start + sentences[^1].Length, Is.EqualTo(text.Length));
        });
    }

    [Test]
    public void Analyse_EmptyText_OneSentenceWithoutEvidence()
    {
        var languages = LanguageGuesser.Analyse("");

        Assert.Multiple(() =>
        {
            Assert.That(languages.Sentences, Has.Count.EqualTo(1));
            Assert.That(languages.IsSure, Is.False);
        });
    }

    [Test]
    public void Guess_ShortMessage_AllocatesNothing()
    {
        const string text = "Kannst du das bitte noch kurz prüfen?";
        LanguageGuesser.Guess(text);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            LanguageGuesser.Guess(text);
        }

        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.Zero);
    }
}
