namespace AllyBot.Cli.Tests;

public sealed class CliArgumentsTests
{
    [Test]
    public void Parse_NoArguments_HasNoVerb() =>
        Assert.That(CliArguments.Parse([]).Verb, Is.Null);

    [Test]
    public void Parse_FirstArgument_IsTheVerb() =>
        Assert.That(CliArguments.Parse(["check", "-"]).Verb, Is.EqualTo("check"));

    [Test]
    public void Parse_OptionWithSeparateValue_TakesTheNextArgument()
    {
        var arguments = CliArguments.Parse(["check", "--format", "json", "notes.txt"]);

        Assert.That(arguments.TakeOption("--format"), Is.EqualTo("json"));
        Assert.That(arguments.TakePositional(), Is.EqualTo("notes.txt"));
    }

    [Test]
    public void Parse_OptionWithInlineValue_SplitsAtTheEqualsSign() =>
        Assert.That(CliArguments.Parse(["check", "--format=sarif"]).TakeOption("--format"), Is.EqualTo("sarif"));

    [Test]
    public void Parse_FlagBeforeAPositional_LeavesThePositional()
    {
        var arguments = CliArguments.Parse(["check", "--lines", "notes.txt"]);

        Assert.That(arguments.TakeFlag("--lines"), Is.True);
        Assert.That(arguments.TakePositional(), Is.EqualTo("notes.txt"));
    }

    [Test]
    public void Parse_Dash_IsAPositional() =>
        Assert.That(CliArguments.Parse(["check", "-"]).TakePositional(), Is.EqualTo("-"));

    [Test]
    public void Parse_OptionGivenTwice_Throws() =>
        Assert.That(() => CliArguments.Parse(["check", "--rules", "a", "--rules=b"]),
            Throws.TypeOf<UsageException>().With.Message.EqualTo("--rules is given twice"));

    [Test]
    public void TakeOption_OptionFollowedByAnotherOption_ThrowsNeedsAValue()
    {
        var arguments = CliArguments.Parse(["check", "--rules", "--lines"]);

        Assert.That(() => arguments.TakeOption("--rules"), Throws.TypeOf<UsageException>().With.Message.EqualTo("--rules needs a value"));
    }

    [Test]
    public void TakeOption_Absent_ReturnsNull() =>
        Assert.That(CliArguments.Parse(["check"]).TakeOption("--rules"), Is.Null);

    [Test]
    public void TakeChoice_Absent_ReturnsTheFallback() =>
        Assert.That(CliArguments.Parse(["check"]).TakeChoice("--format", ["text", "json"], "text"), Is.EqualTo("text"));

    [Test]
    public void TakeChoice_NotAChoice_ThrowsListingTheChoices() =>
        Assert.That(() => CliArguments.Parse(["check", "--format", "xml"]).TakeChoice("--format", ["text", "json"], "text"),
            Throws.TypeOf<UsageException>().With.Message.EqualTo("--format must be one of text, json, not 'xml'"));

    [TestCase("9999")]
    [TestCase("many")]
    public void TakeInt_OutOfRangeOrNotANumber_Throws(string value) =>
        Assert.That(() => CliArguments.Parse(["bench", "--messages", value]).TakeInt("--messages", 20_000, 10_000, 100_000),
            Throws.TypeOf<UsageException>().With.Message.Contains("--messages must be a whole number from 10000 to 100000"));

    [Test]
    public void TakeInt_InRange_ReturnsTheNumber() =>
        Assert.That(CliArguments.Parse(["bench", "--seconds", "2"]).TakeInt("--seconds", 3, 1, 600), Is.EqualTo(2));

    [Test]
    public void EnsureConsumed_PositionalLeft_Throws() =>
        Assert.That(() => CliArguments.Parse(["check", "stray"]).EnsureConsumed(),
            Throws.TypeOf<UsageException>().With.Message.EqualTo("unexpected argument 'stray'"));

    [Test]
    public void EnsureConsumed_OptionLeft_ThrowsUnknownOption() =>
        Assert.That(() => CliArguments.Parse(["check", "--colour", "red"]).EnsureConsumed(),
            Throws.TypeOf<UsageException>().With.Message.EqualTo("unknown option --colour"));

    [Test]
    public void EnsureConsumed_UnknownOptionWithoutValue_ThrowsUnknownOption() =>
        Assert.That(() => CliArguments.Parse(["check", "--line"]).EnsureConsumed(),
            Throws.TypeOf<UsageException>().With.Message.EqualTo("unknown option --line"));

    [Test]
    public void EnsureConsumed_EverythingTaken_DoesNotThrow()
    {
        var arguments = CliArguments.Parse(["check", "-", "--lines"]);
        arguments.TakePositional();
        arguments.TakeFlag("--lines");

        Assert.That(arguments.EnsureConsumed, Throws.Nothing);
    }
}
