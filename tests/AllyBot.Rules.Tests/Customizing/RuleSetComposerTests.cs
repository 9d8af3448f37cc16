using AllyBot.Rules.Customizing;
using AllyBot.Rules.Model;

namespace AllyBot.Rules.Tests.Customizing;

public sealed class RuleSetComposerTests
{
    private static readonly Rule Crazy = TestRules.Rule("ableism/crazy", ["crazy"]);
    private static readonly Rule Lame = TestRules.Rule("ableism/lame", ["lame"]);
    private static readonly Rule Guys = TestRules.Rule("gendered-language/guys", ["guys"]);
    private static readonly Rule Off = TestRules.Rule("technology/master", ["master"], enabled: false);
    private static readonly Dictionary<string, Severity> NoSeverities = [];

    [Test]
    public void Compose_NoChoices_ReturnsTheSameRuleObjects()
    {
        var composed = RuleSetComposer.Compose([Crazy, Guys], [], NoSeverities, "C1");

        Assert.That(composed, Is.EqualTo(new[] { Crazy, Guys }).Using<Rule>(ReferenceEquals));
    }

    [Test]
    public void Compose_CategoryDisabledWorkspaceWide_EveryRuleOfItOffEverywhere()
    {
        var switches = new[] { new RuleSwitch("ableism", null, Enabled: false) };

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Enabled(RuleSetComposer.Compose([Crazy, Lame, Guys], switches, NoSeverities, null)), Is.EqualTo(new[] { "gendered-language/guys" }));
            Assert.That(Enabled(RuleSetComposer.Compose([Crazy, Lame, Guys], switches, NoSeverities, "C1")), Is.EqualTo(new[] { "gendered-language/guys" }));
        }
    }

    [Test]
    public void Compose_RuleDisabledInOneChannel_OffThereOnlyElsewhere()
    {
        var switches = new[] { new RuleSwitch("ableism/crazy", "C-random", Enabled: false) };

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Enabled(RuleSetComposer.Compose([Crazy, Guys], switches, NoSeverities, "C-random")), Is.EqualTo(new[] { "gendered-language/guys" }));
            Assert.That(Enabled(RuleSetComposer.Compose([Crazy, Guys], switches, NoSeverities, "C-general")), Is.EqualTo(new[] { "ableism/crazy", "gendered-language/guys" }));
            Assert.That(Enabled(RuleSetComposer.Compose([Crazy, Guys], switches, NoSeverities, null)), Is.EqualTo(new[] { "ableism/crazy", "gendered-language/guys" }));
        }
    }

    [Test]
    public void Compose_CategoryOffButOneRuleOn_MostSpecificWins()
    {
        var switches = new[] { new RuleSwitch("ableism", null, Enabled: false), new RuleSwitch("ableism/lame", null, Enabled: true) };

        Assert.That(Enabled(RuleSetComposer.Compose([Crazy, Lame], switches, NoSeverities, null)), Is.EqualTo(new[] { "ableism/lame" }));
    }

    [Test]
    public void Compose_RuleOffWorkspaceWideOnInChannel_OnOnlyInThatChannel()
    {
        var switches = new[] { new RuleSwitch("ableism/crazy", null, Enabled: false), new RuleSwitch("ableism", "C1", Enabled: true) };

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Enabled(RuleSetComposer.Compose([Crazy], switches, NoSeverities, "C1")), Is.EqualTo(new[] { "ableism/crazy" }));
            Assert.That(Enabled(RuleSetComposer.Compose([Crazy], switches, NoSeverities, "C2")), Is.Empty);
        }
    }

    [Test]
    public void Compose_ShippedOffRuleEnabled_TurnsOn()
    {
        var switches = new[] { new RuleSwitch("technology/master", null, Enabled: true) };

        Assert.That(Enabled(RuleSetComposer.Compose([Off], switches, NoSeverities, null)), Is.EqualTo(new[] { "technology/master" }));
    }

    [Test]
    public void Compose_SeverityOverride_ChangesOnlyThatRule()
    {
        var composed = RuleSetComposer.Compose([Crazy, Guys], [], new Dictionary<string, Severity> { ["ableism/crazy"] = Severity.Warning }, null);

        Assert.That(composed.Select(r => r.Severity), Is.EqualTo(new[] { Severity.Warning, Severity.Suggestion }));
    }

    private static string[] Enabled(IReadOnlyList<Rule> rules) => [.. rules.Where(r => r.Enabled).Select(r => r.Id)];
}
