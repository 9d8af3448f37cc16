using AllyBot.Core.Admin;
using AllyBot.Core.Conversations;
using AllyBot.Rules;
using AllyBot.Rules.Customizing;
using AllyBot.Rules.Model;
using AllyBot.Testing;

namespace AllyBot.Core.Tests.Admin;

public sealed class EffectiveRuleSetProviderTests
{
    private readonly InMemoryWorkspaceAdminStore _store = new();

    private static ChatAddress Where(string workspace = "T1", string channel = "C1") => new(ChatPlatform.Slack, workspace, channel);

    [Test]
    public async Task RulesFor_NothingConfigured_TheShippedSet()
    {
        using var provider = new EffectiveRuleSetProvider(ConversationScript.Rules, _store);
        await provider.RefreshAsync();

        Assert.That(provider.RulesFor(Where()), Is.SameAs(ConversationScript.Rules));
    }

    [Test]
    public async Task RulesFor_RuleDisabledInOneChannel_SilentThereOnly()
    {
        using var provider = new EffectiveRuleSetProvider(ConversationScript.Rules, _store);
        await SaveAsync("T1", c => c.WithSwitch(new RuleSwitch("gendered-language/guys", "C-random", false)));
        await provider.RefreshAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(provider.RulesFor(Where(channel: "C-random")).Evaluate("hey guys"), Is.Empty);
            Assert.That(provider.RulesFor(Where(channel: "C-general")).Evaluate("hey guys"), Has.Count.EqualTo(1));
            Assert.That(provider.RulesFor(Where(workspace: "T2", channel: "C-random")), Is.SameAs(ConversationScript.Rules));
        }
    }

    [Test]
    public async Task RulesFor_CustomRuleAndSeverityOverride_Applied()
    {
        using var provider = new EffectiveRuleSetProvider(ConversationScript.Rules, _store);
        await SaveAsync("T1", c => c with
        {
            CustomRules = [new CustomRuleText("custom/rockstar", CustomRuleYaml.Rockstar)],
            Severities = new Dictionary<string, Severity> { ["gendered-language/guys"] = Severity.Warning },
        });
        await provider.RefreshAsync();

        var findings = provider.RulesFor(Where()).Evaluate("hey guys, we need a rockstar");

        Assert.That(findings.Select(f => (f.Rule.Id, f.Rule.Severity)), Is.EqualTo(new[] { ("gendered-language/guys", Severity.Warning), ("custom/rockstar", Severity.Suggestion) }));
    }

    [Test]
    public async Task RefreshAsync_SameConfigurationInTwoWorkspacesAndChannels_CompiledOnce()
    {
        using var provider = new EffectiveRuleSetProvider(ConversationScript.Rules, _store);
        var off = new RuleSwitch("ableism", null, false);
        await SaveAsync("T1", c => c.WithSwitch(off));
        await SaveAsync("T2", c => c.WithSwitch(off).WithSwitch(new RuleSwitch("ableism", "C9", false)));
        await provider.RefreshAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(provider.RulesFor(Where("T1")), Is.SameAs(provider.RulesFor(Where("T2"))));
            Assert.That(provider.RulesFor(Where("T2", "C9")), Is.SameAs(provider.RulesFor(Where("T2"))));
            Assert.That(provider.CompiledSets, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task RefreshAsync_ChangeUndone_BackToTheShippedSetAndCacheDropped()
    {
        using var provider = new EffectiveRuleSetProvider(ConversationScript.Rules, _store);
        await SaveAsync("T1", c => c.WithSwitch(new RuleSwitch("ableism", null, false)));
        await provider.RefreshAsync();
        await SaveAsync("T1", c => c with { Switches = [] });

        var changed = await provider.RefreshAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(changed, Is.True);
            Assert.That(provider.RulesFor(Where()), Is.SameAs(ConversationScript.Rules));
            Assert.That(provider.CompiledSets, Is.Zero);
        }
    }

    [Test]
    public async Task RefreshAsync_NothingNew_ReturnsFalseAndKeepsTheSnapshot()
    {
        using var provider = new EffectiveRuleSetProvider(ConversationScript.Rules, _store);
        await SaveAsync("T1", c => c.WithSwitch(new RuleSwitch("ableism", null, false)));
        await provider.RefreshAsync();
        var before = provider.RulesFor(Where());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await provider.RefreshAsync(), Is.False);
            Assert.That(provider.RulesFor(Where()), Is.SameAs(before));
        }
    }

    [Test]
    public async Task RulesFor_ThenForLanguage_KeepsTheWorkspaceChoices()
    {
        using var provider = new EffectiveRuleSetProvider(ConversationScript.Rules, _store);
        await SaveAsync("T1", c => c.WithSwitch(new RuleSwitch("gendered-language", null, false)));
        await provider.RefreshAsync();

        Assert.That(provider.RulesFor(Where()).ForLanguage("en-GB").Evaluate("hey guys"), Is.Empty);
    }

    private async Task SaveAsync(string workspace, Func<WorkspaceAdminConfig, WorkspaceAdminConfig> edit)
    {
        var current = await _store.GetAsync(workspace);
        Assert.That(await _store.TrySaveAsync(workspace, current, edit(current), new AdminChange("U-admin", "test", DateTimeOffset.UnixEpoch)), Is.Not.Null);
    }
}
