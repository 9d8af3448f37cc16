using AllyBot.Cli.Output;

namespace AllyBot.Cli.Tests.Output;

public sealed class LocatedFindingTests
{
    private static LocatedFinding Single(string message, int firstLine = 1) =>
        LocatedFinding.Locate("notes.txt", message, firstLine, AllyBot.Rules.RuleSet.Create([DemoFindings.Guys(), DemoFindings.SanityCheck()]).Evaluate(message)).Single();

    [Test]
    public void Locate_FindingOnTheFirstLine_HasAOneBasedColumn()
    {
        var located = Single("hey guys");

        Assert.Multiple(() =>
        {
            Assert.That(located.Source, Is.EqualTo("notes.txt"));
            Assert.That(located.Line, Is.EqualTo(1));
            Assert.That(located.Column, Is.EqualTo(5));
        });
    }

    [Test]
    public void Locate_FindingAfterLineBreaks_CountsLinesAndRestartsTheColumn()
    {
        var located = Single("morning\n\n  thanks guys");

        Assert.That((located.Line, located.Column), Is.EqualTo((3, 10)));
    }

    [Test]
    public void Locate_CrLfLineBreaks_CountsTheColumnFromAfterTheBreak()
    {
        var located = Single("morning\r\nthanks guys");

        Assert.That((located.Line, located.Column), Is.EqualTo((2, 8)));
    }

    [Test]
    public void Locate_MessageStartingLaterInTheSource_OffsetsTheLine()
    {
        var located = Single("thanks guys", firstLine: 7);

        Assert.That((located.Line, located.Column), Is.EqualTo((7, 8)));
    }

    [Test]
    public void Locate_MatchOnOneLine_EndsOnTheSameLineAfterTheMatch()
    {
        var located = Single("thanks guys!");

        Assert.That((located.EndLine, located.EndColumn), Is.EqualTo((1, 12)));
    }

    [Test]
    public void Locate_MatchAcrossALineBreak_EndsOnTheLaterLine()
    {
        var located = Single("could you sanity\ncheck this?");

        Assert.Multiple(() =>
        {
            Assert.That(located.Finding.Matched, Is.EqualTo("sanity\ncheck"));
            Assert.That((located.Line, located.Column), Is.EqualTo((1, 11)));
            Assert.That((located.EndLine, located.EndColumn), Is.EqualTo((2, 6)));
        });
    }
}
