using AllyBot.Core.Conversations;
using AllyBot.Teams.Admin;
using AllyBot.Teams.Cards;
using AllyBot.Teams.Connector;
using AllyBot.Teams.Inbound;
using AllyBot.Teams.Installations;
using AllyBot.Teams.Links;
using AllyBot.Teams.Roster;
using AllyBot.Teams.Sending;
using AllyBot.Teams.Tests.Support;
using AllyBot.Testing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AllyBot.Teams.Tests.Inbound;

public sealed class ActivityProcessorTests
{
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    private readonly RecordingInboxWriter _inbox = new();
    private readonly InMemoryAllyStore _store = new();
    private readonly StoppedConversations _stopped = new();

    private RecentMessageAuthors Authors { get; } = new(new FakeTimeProvider());

    private TeamsDirectory Directory { get; } = new();

    private TeamsCards Cards(ConversationReferenceStore references, TimeProvider clock)
    {
        var options = Options.Create(new TeamsOptions());
        var connector = new ConnectorClient(new FakeHttpClientFactory(new FakeHttpHandler(_ => new HttpResponseMessage(System.Net.HttpStatusCode.OK))), new StaticTokenProvider(null), new ServiceUrlAllowList(options), clock, NullLogger<ConnectorClient>.Instance);
        var sender = new TeamsChatSender(connector, references, _stopped, new TeamsRosterProvider(connector, references, clock, NullLogger<TeamsRosterProvider>.Instance), options, NullLogger<TeamsChatSender>.Instance);
        return new TeamsCards(null, null, null, null, sender, _inbox, clock, NullLogger<TeamsCards>.Instance);
    }

    private ActivityProcessor Create()
    {
        var clock = new FakeTimeProvider();
        var references = new ConversationReferenceStore(_store, new EphemeralDataProtectionProvider(), clock, NullLogger<ConversationReferenceStore>.Instance);
        return new ActivityProcessor(
            new ActivityTranslator(clock), _inbox, references, _stopped, new ServiceUrlAllowList(Options.Create(new TeamsOptions())), Authors, Directory, Cards(references, clock),
            NullLogger<ActivityProcessor>.Instance);
    }

    [Test]
    public async Task Process_MessageWithServiceUrlOffTheAllowList_IsAcceptedButNotRemembered()
    {
        var activity = ActivityFiles.Load("group-chat-message.json") with { ServiceUrl = "https://attacker.example.com/" };

        var outcome = await Create().ProcessAsync(activity);

        Assert.That(outcome, Is.EqualTo(ActivityOutcome.Ok));
        Assert.That(_inbox.Messages, Has.Count.EqualTo(1));
        Assert.That(await _store.GetAsync(ChatPlatform.Teams, Tenant), Is.Null);
    }

    [Test]
    public async Task Process_InstallFromServiceUrlOffTheAllowList_StoresNothing()
    {
        var activity = ActivityFiles.Load("installation-update-add.json") with { ServiceUrl = "https://attacker.example.com/" };

        await Create().ProcessAsync(activity);

        Assert.That(await _store.GetAsync(ChatPlatform.Teams, Tenant), Is.Null);
    }

    [Test]
    public async Task Process_MessageFromStoppedConversation_ResumesIt()
    {
        _stopped.Stop("19:meeting_9f8e7d6c5b4a49382716f5e4d3c2b1a0@thread.v2");

        await Create().ProcessAsync(ActivityFiles.Load("group-chat-message.json"));

        Assert.That(_stopped.IsStopped("19:meeting_9f8e7d6c5b4a49382716f5e4d3c2b1a0@thread.v2"), Is.False);
    }

    [Test]
    public async Task Process_CardSubmit_IsPlain200()
    {
        var outcome = await Create().ProcessAsync(ActivityFiles.Load("card-submit.json"));

        Assert.That(outcome, Is.EqualTo(ActivityOutcome.Ok));
        Assert.That(_inbox.Buttons, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Process_ChannelMessage_RemembersItsAuthorForMessageLinks()
    {
        await Create().ProcessAsync(ActivityFiles.Load("channel-message-mention.json"));

        var seen = Authors.Find(Tenant, "19:a1b2c3d4e5f64a0b9e56f1b1f1b1f1b1@thread.tacv2", "1763630142123");
        Assert.That(seen?.Author.Id, Does.StartWith("29:1GcS4EyB"));
        Assert.That(seen?.Where.ThreadId, Is.EqualTo("1763630000000"));
    }

    [Test]
    public async Task Process_TrustedActivityFromTeamChannel_RemembersTeamAndMemberForGraph()
    {
        await Create().ProcessAsync(ActivityFiles.Load("channel-message-settings.json"));

        Assert.That(Directory.TeamOf(Tenant, "19:a1b2c3d4e5f64a0b9e56f1b1f1b1f1b1@thread.tacv2"), Is.EqualTo("02bd9fd6-8f93-4758-87c3-1fb73740a315"));
        Assert.That(Directory.AadObjectIdOf(Tenant, CardWorld.Sam), Is.EqualTo("6be4b4b0-2f8a-4b7e-9d3c-1a2b3c4d5e6f"));
    }

    [Test]
    public async Task Process_ActivityFromServiceUrlOffTheAllowList_RemembersNothingForGraph()
    {
        await Create().ProcessAsync(ActivityFiles.Load("channel-message-settings.json") with { ServiceUrl = "https://attacker.example.com/" });

        Assert.That(Directory.TeamsOf(Tenant), Is.Empty);
    }

    [Test]
    public async Task Process_SettingsTyped_IsQueuedForTheCardNotPutInTheInbox()
    {
        var cards = Cards(new ConversationReferenceStore(_store, new EphemeralDataProtectionProvider(), new FakeTimeProvider(), NullLogger<ConversationReferenceStore>.Instance), new FakeTimeProvider());
        var processor = new ActivityProcessor(
            new ActivityTranslator(new FakeTimeProvider()), _inbox, new ConversationReferenceStore(_store, new EphemeralDataProtectionProvider(), new FakeTimeProvider(), NullLogger<ConversationReferenceStore>.Instance),
            _stopped, new ServiceUrlAllowList(Options.Create(new TeamsOptions())), Authors, Directory, cards, NullLogger<ActivityProcessor>.Instance);

        var outcome = await processor.ProcessAsync(ActivityFiles.Load("channel-message-settings.json"));

        Assert.That(outcome, Is.EqualTo(ActivityOutcome.Ok));
        Assert.That(_inbox.Accepted, Is.Empty);
        Assert.That(cards.Requests.TryRead(out var request), Is.True);
        Assert.That(request!.Kind, Is.EqualTo(CardRequest.Settings));
    }
}
