using AllyBot.Rules.Model;
using static AllyBot.Rules.Tests.TestRules;

namespace AllyBot.Rules.Tests.Matching;

public sealed class RuleMatcherTests
{
    private static readonly RuleSet Guys = Set(
        Rule("gendered/guys", words: ["guys", "you guys"], exceptions: ["five guys"]),
        Rule("tech/whitelist", words: ["white list"]),
        Rule("tech/man-hours", words: ["man hours", "man-days"]),
        Rule("idioms/wives-tale", words: ["old wives' tale"]),
        Rule("ableism/nuts", words: ["nuts"], exceptions: ["nuts and bolts"]));

    [Test]
    public void Evaluate_PlainWord_FindsItWithOffsetsIntoOriginalText()
    {
        var text = "morning guys, standup moves";

        var finding = Guys.Evaluate(text).Single();

        Assert.That(finding.Rule.Id, Is.EqualTo("gendered/guys"));
        Assert.That(text.Substring(finding.Start, finding.Length), Is.EqualTo("guys"));
        Assert.That(finding.Message, Is.EqualTo("Try everyone instead of guys."));
    }

    [TestCase("GUYS, standup", "GUYS")]
    [TestCase("hey Guys", "Guys")]
    [TestCase("Guys, standup now", "Guys")]
    [TestCase("Thanks Guys!", "Guys")]
    public void Evaluate_CaseVariants_AreMatched(string text, string expected) =>
        Assert.That(Guys.Matches(text), Is.EqualTo(new[] { expected }));

    [TestCase("the guy's laptop", 0)]
    [TestCase("the guys' laptops", 1)]
    [TestCase("the guys’ laptops", 1)]
    public void Evaluate_PossessiveForms_FollowTheListedWord(string text, int expected) =>
        Assert.That(Guys.Evaluate(text), Has.Count.EqualTo(expected));

    [TestCase("guysome")]
    [TestCase("a7GUys9f0c is the digest")]
    [TestCase("ourguys")]
    public void Evaluate_TermInsideAnotherWord_IsNotMatched(string text) =>
        Assert.That(Guys.Evaluate(text), Is.Empty);

    [TestCase("add it to the white list", "white list")]
    [TestCase("add it to the white-list", "white-list")]
    [TestCase("add it to the whitelist", "whitelist")]
    [TestCase("add it to the white\nlist", "white\nlist")]
    [TestCase("add it to the whitelists", "whitelists")]
    public void Evaluate_PhraseAcrossSpacesHyphensAndLineBreaks_IsMatched(string text, string expected) =>
        Assert.That(Guys.Matches(text), Is.EqualTo(new[] { expected }));

    [Test]
    public void Evaluate_PhraseAcrossPunctuation_IsNotMatched() =>
        Assert.That(Guys.Evaluate("paint it white, list the rest"), Is.Empty);

    [TestCase("that took 40 man-hours", "man-hours")]
    [TestCase("that took 40 man hours", "man hours")]
    [TestCase("it is an old wives' tale", "old wives' tale")]
    public void Evaluate_HyphenatedAndPossessivePhrases_AreMatched(string text, string expected) =>
        Assert.That(Guys.Matches(text), Is.EqualTo(new[] { expected }));

    [TestCase("that's so lame", "that's so lame")]
    [TestCase("that’s so lame", "that’s so lame")]
    public void Evaluate_ApostropheStyles_BothMatch(string text, string expected) =>
        Assert.That(Set(Rule("ableism/so-lame", words: ["that's so lame"])).Matches(text), Is.EqualTo(new[] { expected }));

    [Test]
    public void Evaluate_PhraseEndingInsideCompound_IsNotMatched()
    {
        var set = Set(Rule("lgbtq/so-gay", words: ["so gay"]));

        Assert.Multiple(() =>
        {
            Assert.That(set.Evaluate("the venue is so gay-friendly"), Is.Empty);
            Assert.That(set.Matches("that's so gay"), Is.EqualTo(new[] { "so gay" }));
        });
    }

    [TestCase("we ran the Run Like a Girl 5k")]
    [TestCase("they played Fanfare for the Common Man")]
    public void Evaluate_PhraseInTitleCase_IsAName(string text)
    {
        var set = Set(Rule("g/like-a-girl", words: ["like a girl", "the common man"]));

        Assert.That(set.Evaluate(text), Is.Empty);
    }

    [Test]
    public void Evaluate_LongerPhraseOverlapsShorter_KeepsOnlyTheLonger() =>
        Assert.That(Guys.Matches("can you guys look"), Is.EqualTo(new[] { "you guys" }));

    [TestCase("she said \"hey guys\" on the call")]
    [TestCase("she said “hey guys” on the call")]
    [TestCase("she said 'hey guys' on the call")]
    [TestCase("she said ‘hey guys’ on the call")]
    [TestCase("she said «hey guys» on the call")]
    [TestCase("she said &quot;hey guys&quot; on the call")]
    public void Evaluate_TermInQuotes_IsNotMatched(string text) =>
        Assert.That(Guys.Evaluate(text), Is.Empty);

    [Test]
    public void Evaluate_UnbalancedQuote_DoesNotHideTheRestOfTheMessage() =>
        Assert.That(Guys.Matches("the 27\" monitor is for you guys"), Is.EqualTo(new[] { "you guys" }));

    [Test]
    public void Evaluate_ApostropheInsideWords_IsNotAQuote() =>
        Assert.That(Guys.Matches("don't worry guys, it's fine"), Is.EqualTo(new[] { "guys" }));

    [TestCase("run `grep guys` first")]
    [TestCase("```\nvar guys = 1;\n```")]
    [TestCase("```unterminated guys")]
    [TestCase("<code>guys</code> in Teams")]
    [TestCase("<pre>guys</pre>")]
    public void Evaluate_TermInCode_IsNotMatched(string text) =>
        Assert.That(Guys.Evaluate(text), Is.Empty);

    [TestCase("see https://example.com/guys/list")]
    [TestCase("see www.guys.example")]
    [TestCase("<https://example.com/guys|the guys page>")]
    [TestCase("open src/guys/list.cs")]
    [TestCase("open ./guys")]
    [TestCase("edit C:\\temp\\guys")]
    [TestCase("edit guys.txt now")]
    [TestCase("mail guys@example.com")]
    public void Evaluate_TermInUrlsPathsAndAddresses_IsNotMatched(string text) =>
        Assert.That(Guys.Evaluate(text), Is.Empty);

    [TestCase("ping @guys")]
    [TestCase("ping <@U024BE7LH|guys>")]
    [TestCase("see <#C123|guys>")]
    [TestCase("thanks <at>Guys Team</at>")]
    [TestCase("post in #guys")]
    [TestCase("nice :guys: emoji")]
    [TestCase("run it with --guys")]
    public void Evaluate_TermInMentionsChannelsEmojiAndFlags_IsNotMatched(string text) =>
        Assert.That(Guys.Evaluate(text), Is.Empty);

    [TestCase("> hey guys, from the old thread")]
    [TestCase("&gt; hey guys, from the old thread")]
    [TestCase("$ echo guys")]
    public void Evaluate_QuotedOrShellLines_AreNotMatched(string text) =>
        Assert.That(Guys.Evaluate(text), Is.Empty);

    [Test]
    public void Evaluate_LineAfterQuotedLine_IsStillChecked() =>
        Assert.That(Guys.Matches("> old text\nthanks guys"), Is.EqualTo(new[] { "guys" }));

    [TestCase("the_guys_table")]
    [TestCase("call listGuys()")]
    [TestCase("set theGuys")]
    public void Evaluate_TermInIdentifiers_IsNotMatched(string text) =>
        Assert.That(Guys.Evaluate(text), Is.Empty);

    [Test]
    public void Evaluate_SlackItalicMarkup_IsProse() =>
        Assert.That(Guys.Matches("_thanks guys_"), Is.EqualTo(new[] { "guys" }));

    [TestCase("lunch at Five Guys?")]
    [TestCase("Five Guys is open")]
    [TestCase("five guys burgers")]
    public void Evaluate_RuleException_SuppressesTheFinding(string text) =>
        Assert.That(Guys.Evaluate(text), Is.Empty);

    [Test]
    public void Evaluate_ExceptionElsewhereInMessage_DoesNotSuppressOtherMatches() =>
        Assert.That(Guys.Matches("five guys, then the nuts and bolts, you nuts"), Is.EqualTo(new[] { "nuts" }));

    [TestCase("I asked Guys about it")]
    [TestCase("we track clicks in Nuts Analytics")]
    [TestCase("Nuts Analytics is down")]
    [TestCase("the Guys Night Out film")]
    [TestCase("Guys and Dolls is on at the theatre")]
    public void Evaluate_CapitalisedName_IsNotMatched(string text) =>
        Assert.That(Guys.Evaluate(text), Is.Empty);

    [Test]
    public void Evaluate_CapitalisedWordInsideLowerCasePhrase_IsStillMatched()
    {
        var set = Set(Rule("race/whispers", words: ["chinese whispers"]));

        Assert.Multiple(() =>
        {
            Assert.That(set.Matches("it turned into a game of Chinese whispers"), Is.EqualTo(new[] { "Chinese whispers" }));
            Assert.That(set.Evaluate("we watched Chinese Whispers last night"), Is.Empty);
        });
    }

    [Test]
    public void Evaluate_RuleWritesTheCapital_CapitalIsNoEvidenceOfAName()
    {
        var set = Set(Rule("religion/freak", words: ["Jesus freak"]));

        Assert.That(set.Matches("don't be such a Jesus freak"), Is.EqualTo(new[] { "Jesus freak" }));
    }

    [Test]
    public void Evaluate_CaseSensitiveRule_MatchesOnlyTheWrittenCase()
    {
        var set = Set(Rule("ableism/add", words: ["ADD"], caseSensitive: true));

        Assert.Multiple(() =>
        {
            Assert.That(set.Matches("sorry, my ADD is bad today"), Is.EqualTo(new[] { "ADD" }));
            Assert.That(set.Evaluate("please add a test"), Is.Empty);
            Assert.That(set.Evaluate("please Add a test"), Is.Empty);
        });
    }

    [Test]
    public void Evaluate_SlashPhrase_MatchesSlashAndSpacedForms()
    {
        var set = Set(Rule("gendered/he-she", words: ["s/he", "master/slave"]));

        Assert.Multiple(() =>
        {
            Assert.That(set.Matches("when s/he logs in"), Is.EqualTo(new[] { "s/he" }));
            Assert.That(set.Matches("a master / slave pair"), Is.EqualTo(new[] { "master / slave" }));
            Assert.That(set.Evaluate("she logs in"), Is.Empty);
        });
    }

    [Test]
    public void Evaluate_PatternRule_MatchesOnWordEdgesOutsideCitedText()
    {
        var set = Set(Rule("gendered/he-she", pattern: @"he/she|s/he"));

        Assert.Multiple(() =>
        {
            Assert.That(set.Matches("ask the user whether he/she agrees"), Is.EqualTo(new[] { "he/she" }));
            Assert.That(set.Evaluate("ask `he/she` in code"), Is.Empty);
            Assert.That(set.Evaluate("the/she"), Is.Empty);
        });
    }

    [Test]
    public void Evaluate_PatternWithNestedQuantifiers_FinishesOnHostileInput()
    {
        var set = Set(Rule("x/evil", pattern: "(a+)+b"));
        var hostile = new string('a', 50_000) + "!";

        Assert.That(set.Evaluate(hostile), Is.Empty);
    }

    [Test]
    public void Evaluate_DisabledRule_IsNotMatched()
    {
        var set = Set(Rule("gendered/guys", words: ["guys"], enabled: false));

        Assert.That(set.Evaluate("hey guys"), Is.Empty);
    }

    [Test]
    public void Evaluate_SameSpanTwoRules_KeepsTheMoreSevere()
    {
        var set = Set(
            Rule("a/mild", words: ["lame"], severity: Severity.Info),
            Rule("b/strong", pattern: "lame", severity: Severity.Warning));

        Assert.That(set.Evaluate("that is lame").Single().Rule.Id, Is.EqualTo("b/strong"));
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("\"")]
    [TestCase("'")]
    [TestCase("<")]
    [TestCase("`")]
    [TestCase("&")]
    [TestCase(":")]
    [TestCase("@")]
    [TestCase("\u0000\uFFFF\uD800")]
    public void Evaluate_DegenerateInput_ReturnsNoFindingWithoutThrowing(string text) =>
        Assert.That(Guys.Evaluate(text), Is.Empty);

    [Test]
    public void Evaluate_SeveralFindings_AreOrderedByPosition() =>
        Assert.That(Guys.Matches("you nuts, the whitelist, bye guys"), Is.EqualTo(new[] { "nuts", "whitelist", "guys" }));

    [TestCase("the deploy finished at 10:30, please check the dashboard before lunch")]
    [TestCase("<at>Jordan</at> see `x`, https://example.com/a/b and <@U1|dana> :tada: \"quoted\" ask Guy")]
    public void Evaluate_NoFinding_AllocatesNothing(string text)
    {
        Guys.Evaluate(text);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            Guys.Evaluate(text);
        }

        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.Zero);
    }
}
