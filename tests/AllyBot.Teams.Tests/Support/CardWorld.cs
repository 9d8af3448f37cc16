using System.Net;
using AllyBot.Core.Admin;
using AllyBot.Core.Commands;
using AllyBot.Core.Commands.Admin;
using AllyBot.Core.Privacy;
using AllyBot.Core.SettingsViews;
using AllyBot.Rules;
using AllyBot.Teams.Admin;
using AllyBot.Teams.Cards;
using AllyBot.Teams.Connector;
using AllyBot.Teams.Inbound;
using AllyBot.Teams.Installations;
using AllyBot.Teams.Links;
using AllyBot.Teams.Roster;
using AllyBot.Teams.Sending;
using AllyBot.Testing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AllyBot.Teams.Tests.Support;

/// <summary>
/// The Teams edge with Core's real admin services (stores in memory), a fake Connector and a fake Microsoft Graph
/// whose team <see cref="TeamGroupId"/> has Sam (the author of the recorded activities) as its owner.
/// </summary>
internal sealed class CardWorld : IDisposable
{
    public const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    public const string Bot = "28:5f0c3b1e-7a2d-4c8e-9b6f-2d1e0a9c8b7a";
    public const string Channel = "19:a1b2c3d4e5f64a0b9e56f1b1f1b1f1b1@thread.tacv2";
    public const string TeamGroupId = "02bd9fd6-8f93-4758-87c3-1fb73740a315";
    public const string Sam = "29:1GcS4EyB_oSI8A88XmWBN7NJFyMqe3QGnJdgLfFGkJnVelzRGos0bPbpsfJjcbAD22bmKc4GMbrY2g4JDrrA8vM06X1-cHHle4zOE6U4ttcc";
    public const string Alex = "29:1alexKimExampleId";
    public const string AlexAad = "732d0d5f-d4d9-47b3-8a82-0d0a7174d869";

    public CardWorld(TeamsOptions? options = null)
    {
        Options = options ?? new TeamsOptions { AppId = "5f0c3b1e-7a2d-4c8e-9b6f-2d1e0a9c8b7a" };
        var teamsOptions = Microsoft.Extensions.Options.Options.Create(Options);
        Graph = new FakeHttpHandler(request => GraphAnswer(request));
        Connector = new FakeHttpHandler(request => request.RequestUri!.AbsolutePath.EndsWith("/v3/conversations", StringComparison.Ordinal)
            ? FakeHttpHandler.Json(HttpStatusCode.Created, """{"id":"a:1personal"}""")
            : FakeHttpHandler.Json(HttpStatusCode.OK, """{"id":"sent"}"""));
        References = new ConversationReferenceStore(Store, new EphemeralDataProtectionProvider(), Clock, NullLogger<ConversationReferenceStore>.Instance);
        var connector = new ConnectorClient(new FakeHttpClientFactory(Connector), Tokens, new ServiceUrlAllowList(teamsOptions), TimeProvider.System, NullLogger<ConnectorClient>.Instance);
        var roster = new TeamsRosterProvider(connector, References, Clock, NullLogger<TeamsRosterProvider>.Instance);
        Sender = new TeamsChatSender(connector, References, new StoppedConversations(), roster, teamsOptions, NullLogger<TeamsChatSender>.Instance);
        Roles = new TeamsAdminRoles(Directory, new TeamOwnersClient(new FakeHttpClientFactory(Graph), Tokens, teamsOptions), Clock, NullLogger<TeamsAdminRoles>.Instance);

        AdminStore = new InMemoryWorkspaceAdminStore(Store);
        Rules = new EffectiveRuleSetProvider(RuleSet.Create([]), AdminStore);
        WorkspaceAdmin = new WorkspaceAdmin(AdminStore, Rules, Clock);
        CustomRules = new CustomRuleService(WorkspaceAdmin, Rules);
        Access = new AdminAccess(AdminStore, Channels, new PlatformAdminPolicy(AdminStore, Roles, Clock));
        IAdminSubcommand[] subcommands =
        [
            new AdminSeverityFloorCommand(WorkspaceAdmin), new AdminChannelCommand(WorkspaceAdmin), new AdminSwitchCommand(WorkspaceAdmin, Rules, enable: false),
            new AdminSwitchCommand(WorkspaceAdmin, Rules, enable: true), new AdminRuleCommand(CustomRules),
        ];
        var pseudonymizer = new MemberPseudonymizer(new byte[32]);
        Views = new SettingsViewBuilder(Store, pseudonymizer, WorkspaceAdmin, Access, Clock);
        Actions = new SettingsActions(
            [new AdminCommand(subcommands, Access), new SnoozeCommand(Store), new OptOutCommand(Store, optIn: false), new OptOutCommand(Store, optIn: true)], Views, pseudonymizer, Clock);
        Cards = new TeamsCards(Actions, Views, Access, CustomRules, Sender, Inbox, Clock, NullLogger<TeamsCards>.Instance);
        Processor = new ActivityProcessor(
            new ActivityTranslator(Clock), Inbox, References, new StoppedConversations(), new ServiceUrlAllowList(teamsOptions), new RecentMessageAuthors(Clock), Directory, Cards,
            NullLogger<ActivityProcessor>.Instance);
    }

    public TeamsOptions Options { get; }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero));

    /// <summary>What the fake Graph answers; by default the recorded member list with Sam as owner.</summary>
    public Func<HttpRequestMessage, HttpResponseMessage> GraphAnswer { get; set; } = _ => FakeHttpHandler.Json(HttpStatusCode.OK, ActivityFiles.Read("graph-team-members.json"));

    public FakeHttpHandler Graph { get; }

    public FakeHttpHandler Connector { get; }

    public StaticTokenProvider Tokens { get; } = new("graph-and-connector-token");

    public TeamsDirectory Directory { get; } = new();

    public TeamsAdminRoles Roles { get; }

    public InMemoryAllyStore Store { get; } = new();

    public InMemoryWorkspaceAdminStore AdminStore { get; }

    public InMemoryTeamSettingsStore Channels { get; } = new();

    public EffectiveRuleSetProvider Rules { get; }

    public WorkspaceAdmin WorkspaceAdmin { get; }

    public CustomRuleService CustomRules { get; }

    public AdminAccess Access { get; }

    public SettingsViewBuilder Views { get; }

    public SettingsActions Actions { get; }

    public RecordingInboxWriter Inbox { get; } = new();

    public ConversationReferenceStore References { get; }

    public TeamsChatSender Sender { get; }

    public TeamsCards Cards { get; }

    public ActivityProcessor Processor { get; }

    /// <summary>Installs the bot in the tenant and lets the edge see Sam write in the team channel (which tells it the team's aadGroupId).</summary>
    public async Task InstallAndSeeTheTeamAsync()
    {
        await References.InstallAsync(new ConversationReference(ServiceUrl, Bot, Tenant, Channel));
        Directory.Remember(ActivityFiles.Load("channel-message-settings.json"));
    }

    public void Dispose()
    {
        Graph.Dispose();
        Connector.Dispose();
        Rules.Dispose();
    }
}
