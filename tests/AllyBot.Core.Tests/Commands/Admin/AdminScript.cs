using AllyBot.Core.Admin;
using AllyBot.Core.Commands;
using AllyBot.Core.Commands.Admin;
using AllyBot.Core.Conversations;
using AllyBot.Core.Language;
using AllyBot.Core.Nudging;
using AllyBot.Core.Privacy;
using AllyBot.Core.Replies;
using AllyBot.Core.SettingsViews;
using AllyBot.Core.Telemetry;
using AllyBot.Core.TeamSettings;
using AllyBot.Core.Tests.Language;
using AllyBot.Testing;
using Microsoft.Extensions.Time.Testing;

namespace AllyBot.Core.Tests.Commands.Admin;

/// <summary>
/// Workspace administration with no HTTP: <c>/ally admin</c> as admins and members type it, and messages through the
/// nudger with the effective rules, all stores in memory. <see cref="Admin"/> is a facilitator of C1, so the interim
/// policy makes them an admin there.
/// </summary>
internal sealed class AdminScript
{
    public const string Admin = "U-admin";
    public const string Member = "U-member";

    public AdminScript(string workspace = ConversationScript.Workspace, bool languageServiceConfigured = true, FakeTextAnalysis? service = null, ClassifierRules? classifier = null)
    {
        Workspace = workspace;
        Service = service ?? new FakeTextAnalysis { IsConfigured = languageServiceConfigured };
        AdminStore = new InMemoryWorkspaceAdminStore(Store, Language);
        Rules = new EffectiveRuleSetProvider(ConversationScript.Rules, AdminStore, classifier);
        WorkspaceAdmin = new WorkspaceAdmin(AdminStore, Rules, Clock);
        CustomRules = new CustomRuleService(WorkspaceAdmin, Rules);
        var metrics = new AllyBotMetrics(new TestMeterFactory());
        var secondOpinion = classifier is null ? null : new ClassifierSecondOpinion(Service, Language, classifier, Rules, new LanguageOptions());
        Nudger = new MessageNudger(
            LocalOnlyLanguage.Rules(Rules, metrics), Store, Store, Store, Sender, Pseudonymizer, new NudgeOptions { RateLimitWindow = TimeSpan.Zero }, Clock, metrics, Store, secondOpinion);
        Revisor = new NudgeRevisor(Nudger, Store, Store, Store, Store, Sender, Pseudonymizer, new NudgeOptions { RateLimitWindow = TimeSpan.Zero }, Clock, metrics);
        IAdminSubcommand[] subcommands =
        [
            new AdminRulesCommand(WorkspaceAdmin, Rules), new AdminSwitchCommand(WorkspaceAdmin, Rules, enable: false), new AdminSwitchCommand(WorkspaceAdmin, Rules, enable: true),
            new AdminSeverityFloorCommand(WorkspaceAdmin), new AdminSeverityCommand(WorkspaceAdmin, Rules), new AdminChannelCommand(WorkspaceAdmin),
            new AdminRuleCommand(CustomRules), new AdminExportCommand(WorkspaceAdmin), new AdminImportCommand(WorkspaceAdmin, Rules),
            new AdminGrantCommand(WorkspaceAdmin, grant: true), new AdminGrantCommand(WorkspaceAdmin, grant: false),
            new AdminHistoryCommand(WorkspaceAdmin), new AdminUndoCommand(WorkspaceAdmin),
            new AdminLanguageSwitchCommand(WorkspaceAdmin, Service, pii: false), new AdminLanguageSwitchCommand(WorkspaceAdmin, Service, pii: true),
        ];
        var access = new AdminAccess(AdminStore, Teams, new FacilitatorFirstAdminPolicy());
        var adminCommand = new AdminCommand(subcommands, access);
        Router = new AllyCommandRouter([adminCommand], Sender, Pseudonymizer, Clock, metrics);
        Views = new SettingsViewBuilder(Store, Pseudonymizer, WorkspaceAdmin, access, Clock);
        Settings = new SettingsActions([adminCommand, new SnoozeCommand(Store), new OptOutCommand(Store, optIn: false), new OptOutCommand(Store, optIn: true)], Views, Pseudonymizer, Clock);
        Teams.SaveAsync(ChannelSettings.Default(Channel("C1")) with { FacilitatorIds = [Admin] }).GetAwaiter().GetResult();
    }

    public string Workspace { get; }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    public InMemoryAllyStore Store { get; } = new();

    public InMemoryTeamSettingsStore Teams { get; } = new();

    public InMemoryLanguageSettingsStore Language { get; } = new();

    public FakeTextAnalysis Service { get; }

    public InMemoryWorkspaceAdminStore AdminStore { get; }

    public EffectiveRuleSetProvider Rules { get; }

    public WorkspaceAdmin WorkspaceAdmin { get; }

    public CustomRuleService CustomRules { get; }

    public RecordingChatSender Sender { get; } = new();

    public MemberPseudonymizer Pseudonymizer { get; } = new(new byte[32]);

    public MessageNudger Nudger { get; }

    public NudgeRevisor Revisor { get; }

    public AllyCommandRouter Router { get; }

    public SettingsViewBuilder Views { get; }

    public SettingsActions Settings { get; }

    public ChatAddress Channel(string channel) => new(ChatPlatform.Playground, Workspace, channel);

    /// <summary>Types <c>/ally admin &lt;text&gt;</c> in <paramref name="channel"/>.</summary>
    public async Task<string> AdminAsync(string text, string user = Admin, string channel = "C1") =>
        (await Router.HandleAsync(new ChatCommand(Channel(channel), new ChatUser(user), "admin " + text))).Text;

    /// <summary>The rule ids a message by <see cref="Member"/> gets nudged for.</summary>
    public async Task<string[]> NudgedForAsync(string text, string channel = "C1")
    {
        Clock.Advance(TimeSpan.FromMinutes(1));
        var nudge = await Nudger.HandleAsync(new ChatMessage(Channel(channel), $"m{Clock.GetUtcNow().Ticks}", new ChatUser(Member), text, Clock.GetUtcNow()));
        return nudge is null ? [] : [.. nudge.Items.Select(i => i.RuleId)];
    }
}
