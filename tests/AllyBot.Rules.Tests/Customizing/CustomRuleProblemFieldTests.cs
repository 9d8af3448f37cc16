using AllyBot.Rules.Customizing;

namespace AllyBot.Rules.Tests.Customizing;

public sealed class CustomRuleProblemFieldTests
{
    [TestCase("custom rule:1: id: 'custom/Rock' must be kebab-case", CustomRuleFormField.Name)]
    [TestCase("custom rule: id: 'custom/rockstar' exists already; remove it first or choose another name", CustomRuleFormField.Name)]
    [TestCase("custom rule:2: severity: is 'loud'; use one of info, suggestion, warning", CustomRuleFormField.Severity)]
    [TestCase("custom rule:4: match.words[1]: 'a1' must be plain words", CustomRuleFormField.Words)]
    [TestCase("custom rule:3: match: needs 'words' (a list of words or phrases) or a 'pattern'", CustomRuleFormField.Words)]
    [TestCase("custom/x: match.words: 'ninja' is already matched by rule technology/x", CustomRuleFormField.Words)]
    [TestCase("custom rule:4: match.pattern: is not a valid regular expression", CustomRuleFormField.Pattern)]
    [TestCase("custom rule:6: suggestions: is required (a list of at least 1)", CustomRuleFormField.Suggestions)]
    [TestCase("custom rule:7: message: has unknown placeholder {better}", CustomRuleFormField.Message)]
    [TestCase("custom rule:8: why: is required", CustomRuleFormField.Why)]
    [TestCase("custom rule:10: examples.flag[0]: 'we need a hero' is not flagged by this rule", CustomRuleFormField.Flag)]
    [TestCase("custom rule:9: examples: needs 'flag' and 'pass' lists", CustomRuleFormField.Flag)]
    [TestCase("custom rule:11: examples.pass[0]: 'we need a rockstar' is flagged by this rule", CustomRuleFormField.Pass)]
    public void Of_ProblemNamingAField_IsThatFormInput(string problem, CustomRuleFormField field) =>
        Assert.That(CustomRuleProblemField.Of(problem), Is.EqualTo(field));

    [TestCase("custom rule: is not valid YAML: an unclosed [list]")]
    [TestCase("custom rule: is empty: write it as YAML")]
    [TestCase("custom rule: is 9000 characters long; a custom rule is at most 4000")]
    [TestCase("custom rule:3: locale: 'x' must be a language tag")]
    [TestCase("custom rule:4: link: is not a web address")]
    [TestCase("This workspace has 50 custom rules, the most it may have")]
    public void Of_ProblemOfTheWholeRuleOrAFieldNoFormHas_IsNull(string problem) =>
        Assert.That(CustomRuleProblemField.Of(problem), Is.Null);
}
