using AllyBot.Host.Playground;

namespace AllyBot.Host.Tests.Playground;

public sealed class CustomRuleProblemsTests
{
    [TestCase("custom rule:3: severity: must be one of info, suggestion, warning", "severity")]
    [TestCase("custom rule: examples.flag[1]: \"x\" should be flagged by this rule but is not", "flag")]
    [TestCase("custom rule: examples.pass[0]: \"y\" should pass but this rule flags \"y\"", "pass")]
    [TestCase("custom/x: match.words: 'ninja' is already matched by rule technology/x", "words")]
    [TestCase("custom rule: match.pattern: is too long", "pattern")]
    [TestCase("custom rule:2: match: needs words or a pattern", "words")]
    [TestCase("custom rule: id: 'custom/x' exists already", "id")]
    [TestCase("custom rule:7: why: is missing", "why")]
    [TestCase("custom rule: is not valid YAML: an unclosed [list]", "rule")]
    [TestCase("custom rule:4: link: is not a web address", "rule")]
    [TestCase("This workspace has 50 custom rules, the most it may have", "rule")]
    public void FieldOf_Problem_IsTheFormFieldItConcerns(string problem, string field) =>
        Assert.That(CustomRuleProblems.FieldOf(problem), Is.EqualTo(field));

    [Test]
    public void ByField_TwoProblemsOfOneField_KeepsBothWordForWord()
    {
        string[] problems = ["custom rule: examples.flag[0]: a", "custom rule: examples.flag[1]: b", "custom rule: why: c"];

        var byField = CustomRuleProblems.ByField(problems);

        Assert.That(byField["flag"], Is.EqualTo(new[] { problems[0], problems[1] }));
        Assert.That(byField["why"], Is.EqualTo(new[] { problems[2] }));
    }
}
