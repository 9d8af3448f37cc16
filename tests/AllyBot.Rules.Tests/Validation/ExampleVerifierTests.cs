using AllyBot.Rules.Model;
using AllyBot.Rules.Validation;
using static AllyBot.Rules.Tests.TestRules;

namespace AllyBot.Rules.Tests.Validation;

public sealed class ExampleVerifierTests
{
    [Test]
    public void Verify_ExamplesBehaveAsDocumented_ReportsNothing()
    {
        var rule = Rule("gendered/guys", words: ["guys"]) with { Examples = new RuleExamples(["hi guys", "bye guys"], ["hi team", "that guy"]) };

        Assert.That(ExampleVerifier.Verify(Set(rule)), Is.Empty);
    }

    [Test]
    public void Verify_FlagExampleNotFlagged_ReportsIt()
    {
        var rule = Rule("gendered/guys", words: ["guys"]) with { Examples = new RuleExamples(["hi guys", "hi folks"], ["a", "b"]) };

        Assert.That(ExampleVerifier.Verify(Set(rule)).Single().ToString(), Does.Contain("examples.flag[1]: \"hi folks\" should be flagged"));
    }

    [Test]
    public void Verify_PassExampleFlagged_ReportsWhatMatched()
    {
        var rule = Rule("gendered/guys", words: ["guys"]) with { Examples = new RuleExamples(["hi guys", "yo guys"], ["hey guys", "b"]) };

        Assert.That(ExampleVerifier.Verify(Set(rule)).Single().ToString(), Does.Contain("examples.pass[0]: \"hey guys\" should pass but this rule flags \"guys\""));
    }

    [Test]
    public void Verify_AnotherRuleWinsTheSpan_SaysWhichRule()
    {
        var shorter = Rule("a/guys", words: ["guys"]) with { Examples = new RuleExamples(["you guys", "hi guys"], ["a", "b"]) };
        var longer = Rule("b/you-guys", words: ["you guys"]) with { Examples = new RuleExamples(["you guys", "can you guys"], ["a", "b"]) };

        Assert.That(ExampleVerifier.Verify(Set(shorter, longer)).Single().ToString(), Does.Contain("found b/you-guys instead"));
    }
}
