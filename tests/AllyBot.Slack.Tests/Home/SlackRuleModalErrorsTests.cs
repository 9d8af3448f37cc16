using AllyBot.Slack.Home;

namespace AllyBot.Slack.Tests.Home;

public sealed class SlackRuleModalErrorsTests
{
    [TestCase("custom rule:1: id: 'custom/Rock' must be kebab-case", SlackRuleModal.Name)]
    [TestCase("custom rule:2: severity: is 'loud'; use one of info, suggestion, warning", SlackRuleModal.Severity)]
    [TestCase("custom rule:4: match.words[1]: 'a1' must be plain words", SlackRuleModal.Words)]
    [TestCase("custom rule:3: match: needs 'words' (a list of words or phrases) or a 'pattern'", SlackRuleModal.Words)]
    [TestCase("custom rule:4: match.pattern: is not a valid regular expression", SlackRuleModal.Pattern)]
    [TestCase("custom rule:6: suggestions: is required (a list of at least 1)", SlackRuleModal.Suggestions)]
    [TestCase("custom rule:7: message: has unknown placeholder {better}", SlackRuleModal.Message)]
    [TestCase("custom rule:8: why: is required", SlackRuleModal.Why)]
    [TestCase("custom rule:10: examples.flag[0]: 'we need a hero' is not flagged by this rule", SlackRuleModal.Flag)]
    [TestCase("custom rule:11: examples.pass[0]: 'we need a rockstar' is flagged by this rule", SlackRuleModal.Pass)]
    [TestCase("custom rule: id: 'custom/rockstar' exists already; remove it first or choose another name", SlackRuleModal.Name)]
    [TestCase("This workspace has 50 custom rules, the most it may have", SlackRuleModal.Name)]
    [TestCase("custom rule:3: locale: 'x' must be a language tag", SlackRuleModal.Name)]
    public void BlockFor_Problem_IsTheFieldItNames(string problem, string block)
    {
        Assert.That(SlackRuleModalErrors.BlockFor(problem), Is.EqualTo(block));
    }

    [Test]
    public void Ack_SeveralProblems_KeyedByBlockWithTheExactTexts()
    {
        var ack = SlackRuleModalErrors.Ack(
        [
            "custom rule:7: message: has unknown placeholder {better}",
            "custom rule:10: examples.flag[0]: 'we need a hero' is not flagged",
            "custom rule:11: examples.flag[1]: 'x' is not flagged",
        ]);

        Assert.That((string?)ack["response_action"], Is.EqualTo("errors"));
        var errors = ack["errors"]!.AsObject();
        Assert.That(errors.Select(e => e.Key), Is.EquivalentTo(new[] { SlackRuleModal.Message, SlackRuleModal.Flag }));
        Assert.That((string?)errors[SlackRuleModal.Message], Is.EqualTo("custom rule:7: message: has unknown placeholder {better}"));
        Assert.That((string?)errors[SlackRuleModal.Flag], Is.EqualTo("custom rule:10: examples.flag[0]: 'we need a hero' is not flagged\ncustom rule:11: examples.flag[1]: 'x' is not flagged"));
    }
}
