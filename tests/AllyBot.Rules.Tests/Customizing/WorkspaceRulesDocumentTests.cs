using AllyBot.Rules.Customizing;
using AllyBot.Rules.Loading;
using AllyBot.Rules.Model;

namespace AllyBot.Rules.Tests.Customizing;

public sealed class WorkspaceRulesDocumentTests
{
    [Test]
    public void ToYaml_ThenParse_SameDocument()
    {
        var document = new WorkspaceRulesDocument(
            Severity.Warning,
            ["C-random", "C-alerts"],
            [new RuleSwitch("ableism", null, false), new RuleSwitch("ableism/crazy", "C-general", true)],
            new Dictionary<string, Severity> { ["technology/sanity-check"] = Severity.Info },
            [CustomRulesTests.Rockstar]);

        var errors = new List<RuleLoadError>();
        var read = WorkspaceRulesDocument.Parse(document.ToYaml(), errors);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(errors, Is.Empty);
            Assert.That(read!.SeverityFloor, Is.EqualTo(Severity.Warning));
            Assert.That(read.ChannelsOff, Is.EquivalentTo(document.ChannelsOff));
            Assert.That(read.Switches, Is.EqualTo(document.Switches));
            Assert.That(read.Severities, Is.EquivalentTo(document.Severities));
            Assert.That(read.CustomRules.Select(r => CustomRules.Check(r, []).Rule?.Id), Is.EqualTo(new[] { "custom/rockstar" }));
            Assert.That(read.ToYaml(), Is.EqualTo(document.ToYaml()));
        }
    }

    [Test]
    public void Parse_EveryProblem_ReportedWithField()
    {
        const string yaml = """
            severity_floor: loud
            rules:
              - disable: ableism
                enable: ableism/crazy
              - nope
            severity:
              ableism/crazy: shouty
            colour: blue
            """;

        var errors = new List<RuleLoadError>();
        var read = WorkspaceRulesDocument.Parse(yaml, errors);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(read, Is.Null);
            Assert.That(errors.Select(e => e.ToString()), Is.EquivalentTo(new[]
            {
                "import:8: colour: unknown field (allowed: severity_floor, channels_off, rules, severity, custom_rules)",
                "import:1: severity_floor: is 'loud'; use one of info, suggestion, warning",
                "import:3: rules[0]: needs exactly one of 'enable' or 'disable'",
                "import:5: rules[1]: must be a mapping like 'disable: ableism' or 'enable: ableism/crazy' with an optional 'in: <channel>'",
                "import:7: severity.ableism/crazy: use one of info, suggestion, warning",
            }));
        }
    }

    [TestCase("")]
    [TestCase("- a list")]
    public void Parse_NotADocument_Refused(string yaml)
    {
        var errors = new List<RuleLoadError>();

        Assert.That(WorkspaceRulesDocument.Parse(yaml, errors), Is.Null);
        Assert.That(errors, Has.Count.EqualTo(1));
    }
}
