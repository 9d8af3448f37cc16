using AllyBot.Core.Admin;
using AllyBot.Core.Conversations;
using AllyBot.Host.Admin;
using AllyBot.Rules;
using AllyBot.Rules.Customizing;
using AllyBot.Rules.Model;
using AllyBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AllyBot.Host.Tests.Admin;

public sealed class WorkspaceRulesRefresherTests
{
    private static readonly ChatAddress Channel = new(ChatPlatform.Slack, "T1", "C1");

    private static readonly RuleSet Guys = RuleSet.Create(
    [
        new Rule
        {
            Id = "gendered-language/guys",
            Category = "gendered-language",
            Severity = Severity.Suggestion,
            Words = ["guys"],
            Suggestions = ["everyone"],
            Message = "Try {suggestion}.",
            Why = "Not everyone is a guy.",
            Examples = new RuleExamples(["hey guys", "thanks guys"], ["hey all", "hi team"]),
        },
    ]);

    private readonly InMemoryWorkspaceAdminStore _database = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    [Test]
    public async Task StartAsync_SavedChoices_AppliedBeforeServing()
    {
        await SaveElsewhereAsync();
        using var rules = new EffectiveRuleSetProvider(Guys, _database);
        using var refresher = NewRefresher(rules);

        await refresher.StartAsync(CancellationToken.None);

        Assert.That(rules.RulesFor(Channel).Evaluate("hey guys"), Is.Empty);
        await refresher.StopAsync(CancellationToken.None);
    }

    [Test]
    public async Task Poll_ChangeMadeOnAnotherInstance_AppliedWithinOneRefreshInterval()
    {
        using var rules = new EffectiveRuleSetProvider(Guys, _database);
        using var refresher = NewRefresher(rules);
        await refresher.StartAsync(CancellationToken.None);
        await SaveElsewhereAsync();

        var beforeTick = rules.RulesFor(Channel).Evaluate("hey guys").Count;
        _clock.Advance(TimeSpan.FromSeconds(5));
        await WaitUntilAsync(() => rules.RulesFor(Channel).Evaluate("hey guys").Count == 0);

        Assert.That(beforeTick, Is.EqualTo(1), "nothing changes before the interval has passed");
        await refresher.StopAsync(CancellationToken.None);
    }

    private WorkspaceRulesRefresher NewRefresher(EffectiveRuleSetProvider rules) =>
        new(rules, Options.Create(new AdminOptions { RefreshInterval = TimeSpan.FromSeconds(5) }), _clock, NullLogger<WorkspaceRulesRefresher>.Instance);

    private Task SaveElsewhereAsync() =>
        _database.TrySaveAsync("T1", WorkspaceAdminConfig.Empty, WorkspaceAdminConfig.Empty.WithSwitch(new RuleSwitch("gendered-language", null, false)), new AdminChange("U-admin", "off", _clock.GetUtcNow()));

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.That(condition(), Is.True, "the refresher did not pick up the change");
    }
}
