using AllyBot.Core.Admin;
using AllyBot.Core.Conversations;
using AllyBot.Core.Language;
using AllyBot.Core.Ports;
using AllyBot.Rules.Customizing;
using AllyBot.Rules.Model;
using AllyBot.Testing;

namespace AllyBot.Storage.Tests.Stores;

/// <summary>What every <see cref="IWorkspaceAdminStore"/> must do; run on SQLite, PostgreSQL and the in-memory fake.</summary>
public abstract class WorkspaceAdminStoreContractTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private protected IWorkspaceAdminStore Store { get; private set; } = null!;

    private protected IWorkspaceSettingsStore Settings { get; private set; } = null!;

    [SetUp]
    public async Task CreateAsync() => (Store, Settings) = await CreateStoresAsync();

    [Test]
    public async Task Get_NothingSaved_Empty()
    {
        Assert.That(await Store.GetAsync("T1"), Is.SameAs(WorkspaceAdminConfig.Empty));
    }

    [Test]
    public async Task TrySave_FromEmpty_StoresEverythingWithVersionOne()
    {
        var config = Configured();

        var id = await Store.TrySaveAsync("T1", WorkspaceAdminConfig.Empty, config, new AdminChange("U-admin", "configured", T0));
        var read = await Store.GetAsync("T1");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(id, Is.Not.Null);
            Assert.That(read.Version, Is.EqualTo(1));
            Assert.That(read.SeverityFloor, Is.EqualTo(Severity.Warning));
            Assert.That(read.ChannelsOff, Is.EquivalentTo(new[] { "C-random" }));
            Assert.That(read.Switches, Is.EqualTo(config.Switches));
            Assert.That(read.Severities, Is.EquivalentTo(config.Severities));
            Assert.That(read.CustomRules, Is.EqualTo(config.CustomRules));
            Assert.That(read.AdminIds, Is.EqualTo(new[] { "U-granted" }));
            Assert.That(await Store.GetAsync("T2"), Is.SameAs(WorkspaceAdminConfig.Empty));
        }
    }

    [Test]
    public async Task TrySave_MirrorsFloorAndChannelsOffIntoWorkspaceSettings()
    {
        await Store.TrySaveAsync("T1", WorkspaceAdminConfig.Empty, Configured(), new AdminChange("U-admin", "configured", T0));

        var settings = await Settings.GetAsync("T1");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(settings.SeverityFloor, Is.EqualTo(Severity.Warning));
            Assert.That(settings.ChannelsOff, Is.EquivalentTo(new[] { "C-random" }));
        }
    }

    [Test]
    public async Task TrySave_StaleVersion_ReturnsNullAndChangesNothing()
    {
        await Store.TrySaveAsync("T1", WorkspaceAdminConfig.Empty, Configured(), new AdminChange("U-admin", "first", T0));

        var second = await Store.TrySaveAsync("T1", WorkspaceAdminConfig.Empty, WorkspaceAdminConfig.Empty, new AdminChange("U-other", "second", T0));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(second, Is.Null);
            Assert.That((await Store.GetAsync("T1")).SeverityFloor, Is.EqualTo(Severity.Warning));
            Assert.That((await Store.HistoryAsync("T1", 10)).Select(e => e.Change.Action), Is.EqualTo(new[] { "first" }));
        }
    }

    [Test]
    public async Task TrySave_CurrentVersion_BumpsVersion()
    {
        await Store.TrySaveAsync("T1", WorkspaceAdminConfig.Empty, Configured(), new AdminChange("U-admin", "first", T0));
        var current = await Store.GetAsync("T1");

        var id = await Store.TrySaveAsync("T1", current, current with { ChannelsOff = new HashSet<string>() }, new AdminChange("U-admin", "second", T0));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(id, Is.Not.Null);
            Assert.That((await Store.GetAsync("T1")).Version, Is.EqualTo(2));
            Assert.That((await Settings.GetAsync("T1")).ChannelsOff, Is.Empty);
        }
    }

    [Test]
    public async Task HistoryAsync_NewestFirstWithTheConfigurationBefore()
    {
        await Store.TrySaveAsync("T1", WorkspaceAdminConfig.Empty, Configured(), new AdminChange("U-admin", "first", T0));
        var current = await Store.GetAsync("T1");
        await Store.TrySaveAsync("T1", current, WorkspaceAdminConfig.Empty, new AdminChange("U-two", "second", T0.AddMinutes(1)));

        var history = await Store.HistoryAsync("T1", 10);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(history.Select(e => (e.Change.ActorId, e.Change.Action, e.Change.At)), Is.EqualTo(new[] { ("U-two", "second", T0.AddMinutes(1)), ("U-admin", "first", T0) }));
            Assert.That(history[0].Before.SeverityFloor, Is.EqualTo(Severity.Warning));
            Assert.That(history[0].Before.CustomRules, Is.EqualTo(Configured().CustomRules));
            Assert.That(history[1].Before.ChangesRules, Is.False);
            Assert.That(history[0].Id, Is.GreaterThan(history[1].Id));
            Assert.That(await Store.HistoryAsync("T2", 10), Is.Empty);
        }
    }

    [Test]
    public async Task TrySave_UndoingAnEntry_MarksItUndone()
    {
        var first = await Store.TrySaveAsync("T1", WorkspaceAdminConfig.Empty, Configured(), new AdminChange("U-admin", "first", T0));
        var current = await Store.GetAsync("T1");

        await Store.TrySaveAsync("T1", current, WorkspaceAdminConfig.Empty, new AdminChange("U-admin", "undo", T0, Undoes: first));
        var history = await Store.HistoryAsync("T1", 10);

        Assert.That(history.Select(e => (e.Change.Undoes, e.Undone)), Is.EqualTo(new[] { (first, false), ((long?)null, true) }));
    }

    [Test]
    public async Task ChangedSinceAsync_OnlyWorkspacesSavedAfterTheSequence()
    {
        await Store.TrySaveAsync("T1", WorkspaceAdminConfig.Empty, Configured(), new AdminChange("U-admin", "t1", T0));
        var afterFirst = await Store.CurrentSequenceAsync();
        await Store.TrySaveAsync("T2", WorkspaceAdminConfig.Empty, Configured() with { SeverityFloor = Severity.Info }, new AdminChange("U-admin", "t2", T0));

        var changes = await Store.ChangedSinceAsync(afterFirst);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(afterFirst, Is.GreaterThan(0));
            Assert.That(changes.Changed.Keys, Is.EqualTo(new[] { "T2" }));
            Assert.That(changes.Changed["T2"].SeverityFloor, Is.EqualTo(Severity.Info));
            Assert.That(changes.Sequence, Is.EqualTo(await Store.CurrentSequenceAsync()).And.GreaterThan(afterFirst));
            Assert.That((await Store.ChangedSinceAsync(changes.Sequence)).Changed, Is.Empty);
        }
    }

    [Test]
    public async Task RefreshAsync_ChangeSavedByAnotherInstance_AppliesHere()
    {
        using var here = new EffectiveRuleSetProvider(TestRuleSets.Guys, Store);
        await here.RefreshAsync();
        var elsewhere = OtherInstance();
        var channel = new ChatAddress(ChatPlatform.Slack, "T1", "C1");
        Assert.That(here.RulesFor(channel).Evaluate("hey guys"), Has.Count.EqualTo(1));

        await elsewhere.TrySaveAsync("T1", WorkspaceAdminConfig.Empty, WorkspaceAdminConfig.Empty.WithSwitch(new RuleSwitch("gendered-language", null, false)), new AdminChange("U-admin", "off", T0));
        var changed = await here.RefreshAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(changed, Is.True);
            Assert.That(here.RulesFor(channel).Evaluate("hey guys"), Is.Empty);
            Assert.That(here.Sequence, Is.EqualTo(await Store.CurrentSequenceAsync()));
        }
    }

    [Test]
    public async Task TrySave_LanguageSwitches_RoundTripAndMirrorIntoLanguageSettingsKeepingTheClassifier()
    {
        var language = LanguageStore();
        var classifier = new ClassifierDeployment("tone", "prod", MultiLabel: false);
        await language.SaveAsync("T1", LanguageSettings.Default with { Classifier = classifier });
        var on = WorkspaceAdminConfig.Empty with { LanguageEnrichmentOn = true, PiiRedactionOn = true };

        await Store.TrySaveAsync("T1", WorkspaceAdminConfig.Empty, on, new AdminChange("U-admin", "language on", T0));
        var read = await Store.GetAsync("T1");
        var mirrored = await language.GetAsync("T1");
        await Store.TrySaveAsync("T1", read, read with { LanguageEnrichmentOn = false }, new AdminChange("U-admin", "language off", T0));
        var history = await Store.HistoryAsync("T1", 10);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((read.LanguageEnrichmentOn, read.PiiRedactionOn), Is.EqualTo((true, true)));
            Assert.That(mirrored, Is.EqualTo(new LanguageSettings(true, true, classifier)));
            Assert.That(await language.GetAsync("T1"), Is.EqualTo(new LanguageSettings(false, true, classifier)));
            Assert.That(history[0].Before.LanguageEnrichmentOn, Is.True, "the audit keeps the switches to undo them");
            Assert.That(await language.GetAsync("T2"), Is.EqualTo(LanguageSettings.Default));
        }
    }

    /// <summary>The language settings store the admin store mirrors its Azure AI Language switches into.</summary>
    private protected abstract ILanguageSettingsStore LanguageStore();

    /// <summary>Fresh, empty stores: the admin store and the workspace settings it mirrors into.</summary>
    private protected abstract Task<(IWorkspaceAdminStore Store, IWorkspaceSettingsStore Settings)> CreateStoresAsync();

    /// <summary>The same database through another instance's connections.</summary>
    private protected abstract IWorkspaceAdminStore OtherInstance();

    private static WorkspaceAdminConfig Configured() => WorkspaceAdminConfig.Empty with
    {
        SeverityFloor = Severity.Warning,
        ChannelsOff = new HashSet<string> { "C-random" },
        Switches = [new RuleSwitch("ableism", null, false), new RuleSwitch("ableism/crazy", "C-general", true)],
        Severities = new Dictionary<string, Severity> { ["technology/sanity-check"] = Severity.Info },
        CustomRules = [new CustomRuleText("custom/rockstar", CustomRuleYaml.Rockstar)],
        AdminIds = ["U-granted"],
    };
}
