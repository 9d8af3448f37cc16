using System.Net;
using System.Text.Json;
using AllyBot.Core.Conversations;
using AllyBot.Core.Replies;
using AllyBot.Rules.Model;
using AllyBot.Teams.Connector;
using AllyBot.Teams.Installations;
using AllyBot.Teams.Roster;
using AllyBot.Teams.Sending;
using AllyBot.Teams.Tests.Support;
using AllyBot.Testing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AllyBot.Teams.Tests.Sending;

public sealed class TeamsChatSenderTests : IDisposable
{
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    private const string Bot = "28:5f0c3b1e-7a2d-4c8e-9b6f-2d1e0a9c8b7a";
    private const string User = "29:1user";
    private const string Channel = "19:abc@thread.tacv2";

    private readonly Queue<Func<HttpRequestMessage, HttpResponseMessage>> _answers = new();
    private readonly FakeHttpHandler _handler;
    private readonly ConversationReferenceStore _references;
    private readonly StoppedConversations _stopped = new();
    private readonly TeamsOptions _options = new() { AppId = "5f0c3b1e-7a2d-4c8e-9b6f-2d1e0a9c8b7a" };

    public TeamsChatSenderTests()
    {
        _handler = new FakeHttpHandler(request => _answers.Count > 0
            ? _answers.Dequeue()(request)
            : request.RequestUri!.AbsolutePath.EndsWith("/v3/conversations", StringComparison.Ordinal)
                ? FakeHttpHandler.Json(HttpStatusCode.Created, """{"id":"a:1personal"}""")
                : FakeHttpHandler.Json(HttpStatusCode.OK, """{"id":"sent"}"""));
        var clock = new FakeTimeProvider();
        _references = new ConversationReferenceStore(new InMemoryAllyStore(), new EphemeralDataProtectionProvider(), clock, NullLogger<ConversationReferenceStore>.Instance);
    }

    public void Dispose() => _handler.Dispose();

    private TeamsChatSender Sender()
    {
        var options = Options.Create(_options);
        var connector = new ConnectorClient(new FakeHttpClientFactory(_handler), new StaticTokenProvider("t"), new ServiceUrlAllowList(options), TimeProvider.System, NullLogger<ConnectorClient>.Instance);
        var roster = new TeamsRosterProvider(connector, _references, new FakeTimeProvider(), NullLogger<TeamsRosterProvider>.Instance);
        return new TeamsChatSender(connector, _references, _stopped, roster, options, NullLogger<TeamsChatSender>.Instance);
    }

    private async Task InstallAsync() => await _references.InstallAsync(new ConversationReference(ServiceUrl, Bot, Tenant, Channel));

    private static Nudge ChannelNudge => new(
        new ChatAddress(ChatPlatform.Teams, Tenant, Channel, "1700000000000"),
        User,
        "1700000000001",
        [new NudgeItem("gendered-language/guys", Severity.Suggestion, "guys", "'guys' can leave people out.", ["folks", "everyone"], "Not everyone identifies as a guy.", null)]);

    [Test]
    public async Task SendNudge_InChannel_OpensPersonalChatThenSendsTheCard()
    {
        await InstallAsync();

        await Sender().SendNudgeAsync(ChannelNudge);

        var requests = _handler.Requests;
        Assert.That(requests, Has.Count.EqualTo(2));
        Assert.That(requests[0].Uri.AbsoluteUri, Is.EqualTo(ServiceUrl + "v3/conversations"));
        var create = JsonDocument.Parse(requests[0].Body!).RootElement;
        Assert.That(create.GetProperty("members")[0].GetProperty("id").GetString(), Is.EqualTo(User));
        Assert.That(create.GetProperty("bot").GetProperty("id").GetString(), Is.EqualTo(Bot));
        Assert.That(create.GetProperty("tenantId").GetString(), Is.EqualTo(Tenant));
        Assert.That(requests[1].Uri.AbsoluteUri, Is.EqualTo(ServiceUrl + "v3/conversations/a%3A1personal/activities"));
        var sent = JsonDocument.Parse(requests[1].Body!).RootElement;
        Assert.That(sent.GetProperty("attachments")[0].GetProperty("contentType").GetString(), Is.EqualTo(NudgeCard.ContentType));
        Assert.That(sent.GetProperty("from").GetProperty("id").GetString(), Is.EqualTo(Bot));
        Assert.That(sent.TryGetProperty("serviceUrl", out _), Is.False);
    }

    [Test]
    public async Task SendNudge_Twice_ReusesThePersonalChat()
    {
        await InstallAsync();
        var sender = Sender();

        await sender.SendNudgeAsync(ChannelNudge);
        await sender.SendNudgeAsync(ChannelNudge);

        Assert.That(_handler.Requests.Count(r => r.Uri.AbsolutePath == "/amer/v3/conversations"), Is.EqualTo(1));
    }

    [Test]
    public async Task SendPrivateReply_InPersonalChat_SendsThereAsMarkdown()
    {
        await InstallAsync();

        await Sender().SendPrivateReplyAsync(new PrivateReply(new ChatAddress(ChatPlatform.Teams, Tenant, "a:1chat"), User, "Done: nudges are off."));

        var request = _handler.Requests.Single();
        Assert.That(request.Uri.AbsoluteUri, Is.EqualTo(ServiceUrl + "v3/conversations/a%3A1chat/activities"));
        var body = JsonDocument.Parse(request.Body!).RootElement;
        Assert.That(body.GetProperty("text").GetString(), Is.EqualTo("Done: nudges are off."));
        Assert.That(body.GetProperty("textFormat").GetString(), Is.EqualTo("markdown"));
    }

    [Test]
    public async Task SendNudge_TargetedMessagesOn_SendsTargetedInTheThread()
    {
        _options.UseTargetedMessages = true;
        await InstallAsync();

        await Sender().SendNudgeAsync(ChannelNudge);

        var request = _handler.Requests.Single();
        Assert.That(request.Uri.PathAndQuery, Is.EqualTo("/amer/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1700000000000/activities?isTargetedActivity=true"));
        var body = JsonDocument.Parse(request.Body!).RootElement;
        Assert.That(body.GetProperty("recipient").GetProperty("id").GetString(), Is.EqualTo(User));
        Assert.That(body.GetProperty("entities")[0].GetProperty("type").GetString(), Is.EqualTo("targetedMessageInfo"));
        Assert.That(body.GetProperty("entities")[0].GetProperty("messageId").GetString(), Is.EqualTo("1700000000001"));
    }

    [Test]
    public async Task SendNudge_TargetedRefused_FallsBackToPersonalChat()
    {
        _options.UseTargetedMessages = true;
        await InstallAsync();
        _answers.Enqueue(_ => FakeHttpHandler.Json(HttpStatusCode.BadRequest, """{"error":{"code":"BadArgument"}}"""));

        await Sender().SendNudgeAsync(ChannelNudge);

        Assert.That(_handler.Requests.Select(r => r.Uri.AbsolutePath), Is.EqualTo(new[]
        {
            "/amer/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1700000000000/activities",
            "/amer/v3/conversations",
            "/amer/v3/conversations/a%3A1personal/activities",
        }));
    }

    [Test]
    public async Task Send_BotNotInRoster_StopsMessagingThatConversation()
    {
        await InstallAsync();
        _answers.Enqueue(_ => FakeHttpHandler.Json(HttpStatusCode.Forbidden, """{"error":{"code":"BotNotInConversationRoster"}}"""));
        var sender = Sender();
        var reply = new PrivateReply(new ChatAddress(ChatPlatform.Teams, Tenant, "a:1chat"), User, "hi");

        await sender.SendPrivateReplyAsync(reply);
        await sender.SendPrivateReplyAsync(reply);

        Assert.That(_handler.Requests, Has.Count.EqualTo(1));
        Assert.That(_stopped.IsStopped("a:1chat"), Is.True);
    }

    [Test]
    public async Task SendNudge_UserWithoutPersonalInstall_IsDroppedWithoutThrowing()
    {
        await InstallAsync();
        _answers.Enqueue(_ => FakeHttpHandler.Json(HttpStatusCode.Forbidden, """{"error":{"code":"ConversationBlockedByUser"}}"""));

        await Sender().SendNudgeAsync(ChannelNudge);

        Assert.That(_handler.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public void Send_ConnectorRejectsTheActivity_ThrowsSoTheInboxRetriesLater()
    {
        _answers.Enqueue(_ => FakeHttpHandler.Json(HttpStatusCode.BadRequest, """{"error":{"code":"BadSyntax"}}"""));

        Assert.ThrowsAsync<ConnectorException>(() => Sender().SendPrivateReplyAsync(new PrivateReply(new ChatAddress(ChatPlatform.Teams, Tenant, "a:1chat"), User, "hi")));
    }

    [Test]
    public async Task Send_NothingStoredForTenant_UsesTheGlobalServiceUrl()
    {
        await Sender().SendPrivateReplyAsync(new PrivateReply(new ChatAddress(ChatPlatform.Teams, Tenant, "a:1chat"), User, "hi"));

        Assert.That(_handler.Requests.Single().Uri.AbsoluteUri, Does.StartWith(TeamsChatSender.GlobalServiceUrl));
    }

    [Test]
    public async Task Send_StoredServiceUrlNotAllowed_SendsNothing()
    {
        await _references.InstallAsync(new ConversationReference("https://attacker.example.com/", Bot, Tenant));

        await Sender().SendNudgeAsync(ChannelNudge);

        Assert.That(_handler.Requests, Is.Empty);
    }

    [Test]
    public async Task SendNudge_InChannel_ReceiptNamesThePersonalChatAndTheCardActivity()
    {
        await InstallAsync();

        var receipt = await Sender().SendNudgeAsync(ChannelNudge);

        Assert.That(receipt, Is.EqualTo(new NudgeReceipt("a:1personal", "sent")));
    }

    [Test]
    public async Task SendNudge_Targeted_ReceiptIsTargetedInTheThread()
    {
        _options.UseTargetedMessages = true;
        await InstallAsync();

        var receipt = await Sender().SendNudgeAsync(ChannelNudge);

        Assert.That(receipt, Is.EqualTo(new NudgeReceipt("19:abc@thread.tacv2;messageid=1700000000000", "sent", Targeted: true)));
    }

    private static SentNudge SentIn(string conversationId, bool targeted = false) =>
        new(ChannelNudge.Where, ChannelNudge.MessageId, new NudgeReceipt(conversationId, "1:nudge", targeted), ["gendered-language/guys"], DateTimeOffset.UnixEpoch);

    [Test]
    public async Task UpdateNudge_PersonalChat_PutsTheNewCardOnTheSentActivity()
    {
        await InstallAsync();
        var nudge = ChannelNudge with { Items = [.. ChannelNudge.Items, ChannelNudge.Items[0] with { RuleId = "technology/sanity-check", Matched = "sanity check" }] };

        var receipt = await Sender().UpdateNudgeAsync(SentIn("a:1personal"), nudge);

        var request = _handler.Requests.Single();
        Assert.That(request.Method, Is.EqualTo(HttpMethod.Put));
        Assert.That(request.Uri.PathAndQuery, Is.EqualTo("/amer/v3/conversations/a%3A1personal/activities/1%3Anudge"));
        var body = JsonDocument.Parse(request.Body!).RootElement;
        Assert.That(body.GetProperty("id").GetString(), Is.EqualTo("1:nudge"));
        Assert.That(body.GetProperty("from").GetProperty("id").GetString(), Is.EqualTo(Bot));
        Assert.That(body.GetProperty("attachments")[0].GetProperty("content").ToString(), Does.Contain("technology/sanity-check"));
        Assert.That(receipt, Is.EqualTo(SentIn("a:1personal").Receipt));
    }

    [Test]
    public async Task WithdrawNudge_Targeted_DeletesItAsTargeted()
    {
        await InstallAsync();

        await Sender().WithdrawNudgeAsync(SentIn("19:abc@thread.tacv2;messageid=1700000000000", targeted: true));

        var request = _handler.Requests.Single();
        Assert.That(request.Method, Is.EqualTo(HttpMethod.Delete));
        Assert.That(request.Uri.PathAndQuery, Is.EqualTo("/amer/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1700000000000/activities/1%3Anudge?isTargetedActivity=true"));
    }

    [Test]
    public async Task WithdrawNudge_AlreadyDeleted_IsFine()
    {
        await InstallAsync();
        _answers.Enqueue(_ => FakeHttpHandler.Json(HttpStatusCode.NotFound, """{"error":{"code":"ActivityNotFound"}}"""));

        await Sender().WithdrawNudgeAsync(SentIn("a:1personal"));

        Assert.That(_handler.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task UpdateNudge_BotRemovedFromChat_StopsItAndReturnsNoReceipt()
    {
        await InstallAsync();
        _answers.Enqueue(_ => FakeHttpHandler.Json(HttpStatusCode.Forbidden, """{"error":{"code":"BotNotInConversationRoster"}}"""));
        var sender = Sender();

        var receipt = await sender.UpdateNudgeAsync(SentIn("a:1personal"), ChannelNudge);
        await sender.WithdrawNudgeAsync(SentIn("a:1personal"));

        Assert.That(receipt, Is.Null);
        Assert.That(_handler.Requests, Has.Count.EqualTo(1), "nothing more is sent to a stopped chat");
    }

    [Test]
    public void Platform_IsTeams()
    {
        Assert.That(Sender().Platform, Is.EqualTo(ChatPlatform.Teams));
    }

    private void AnswerMembersWith(string file) =>
        _answers.Enqueue(request => request.RequestUri!.AbsolutePath.EndsWith("/pagedmembers", StringComparison.Ordinal)
            ? FakeHttpHandler.Json(HttpStatusCode.OK, ActivityFiles.Read(file))
            : FakeHttpHandler.Json(HttpStatusCode.InternalServerError, "{}"));

    [Test]
    public async Task SendDialogPrompt_AboutAChannel_OpensPersonalChatAndSendsTheCardWithNames()
    {
        await InstallAsync();
        AnswerMembersWith("pagedmembers-page2.json");
        var prompt = new DialogPrompt(new ChatAddress(ChatPlatform.Teams, Tenant, Channel), User, "Who helped you?",
            new MemberPickerInput(DialogActions.CreditPick, "dlg-1", ["29:1KimLeeUserIdExample"]), [new DialogChoice("Skip", DialogActions.Skip, "dlg-1")]);

        await Sender().SendDialogPromptAsync(prompt);

        var requests = _handler.Requests;
        Assert.That(requests.Select(r => r.Uri.AbsolutePath), Is.EqualTo(new[]
        {
            "/amer/v3/conversations/19%3Aabc%40thread.tacv2/pagedmembers", "/amer/v3/conversations", "/amer/v3/conversations/a%3A1personal/activities",
        }));
        var sent = JsonDocument.Parse(requests[2].Body!).RootElement;
        var card = sent.GetProperty("attachments")[0];
        Assert.That(card.GetProperty("contentType").GetString(), Is.EqualTo(NudgeCard.ContentType));
        var choice = card.GetProperty("content").GetProperty("body")[1].GetProperty("choices")[0];
        Assert.That(choice.GetProperty("title").GetString(), Is.EqualTo("Kim Lee"));
        Assert.That(sent.GetProperty("recipient").GetProperty("id").GetString(), Is.EqualTo(User));
    }

    [Test]
    public async Task PostToChannel_WithThread_RepliesInTheThreadWithMentions()
    {
        await InstallAsync();
        AnswerMembersWith("pagedmembers-page2.json");
        var post = new ChannelPost(new ChatAddress(ChatPlatform.Teams, Tenant, Channel, "1700000000000"), "Building on <@29:1KimLeeUserIdExample>'s point, says <@29:1nobody>.");

        await Sender().PostToChannelAsync(post);

        var request = _handler.Requests[^1];
        Assert.That(request.Uri.PathAndQuery, Is.EqualTo("/amer/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1700000000000/activities"));
        var body = JsonDocument.Parse(request.Body!).RootElement;
        Assert.That(body.GetProperty("text").GetString(), Is.EqualTo("Building on <at>Kim Lee</at>'s point, says someone."));
        Assert.That(body.GetProperty("replyToId").GetString(), Is.EqualTo("1700000000000"));
        Assert.That(body.TryGetProperty("recipient", out _), Is.False);
        var mention = body.GetProperty("entities").EnumerateArray().Single();
        Assert.That(mention.GetProperty("type").GetString(), Is.EqualTo("mention"));
        Assert.That(mention.GetProperty("text").GetString(), Is.EqualTo("<at>Kim Lee</at>"));
        Assert.That(mention.GetProperty("mentioned").GetProperty("id").GetString(), Is.EqualTo("29:1KimLeeUserIdExample"));
    }

    [Test]
    public async Task PostToChannel_WithoutThread_PostsInTheChannel()
    {
        await InstallAsync();

        await Sender().PostToChannelAsync(new ChannelPost(new ChatAddress(ChatPlatform.Teams, Tenant, Channel), "This week's credits"));

        var request = _handler.Requests[^1];
        Assert.That(request.Uri.PathAndQuery, Is.EqualTo("/amer/v3/conversations/19%3Aabc%40thread.tacv2/activities"));
        Assert.That(JsonDocument.Parse(request.Body!).RootElement.GetProperty("text").GetString(), Is.EqualTo("This week's credits"));
    }

    [Test]
    public async Task PostToChannel_GroupChatWithThread_PostsInTheChat()
    {
        await InstallAsync();

        await Sender().PostToChannelAsync(new ChannelPost(new ChatAddress(ChatPlatform.Teams, Tenant, "19:chat@thread.v2", "1700000000000"), "Building on it"));

        Assert.That(_handler.Requests[^1].Uri.PathAndQuery, Is.EqualTo("/amer/v3/conversations/19%3Achat%40thread.v2/activities"));
    }
}
