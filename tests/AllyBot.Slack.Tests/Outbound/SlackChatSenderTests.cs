using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Core.Replies;
using AllyBot.Core.Settings;
using AllyBot.Slack.OAuth;
using AllyBot.Slack.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AllyBot.Slack.Tests.Outbound;

public sealed class SlackChatSenderTests
{
    private static readonly ChatAddress General = new(ChatPlatform.Slack, "T0AB12CD3", "C0GENERAL1");

    private static IPlatformChatSender Sender(SlackTestApp app) => app.Services.GetServices<IPlatformChatSender>().Single(s => s.Platform == ChatPlatform.Slack);

    [Test]
    public async Task SendNudge_PostsEphemeralToAuthorInThreadOfTheirMessage()
    {
        await using var app = await SlackTestApp.StartAsync();

        await Sender(app).SendNudgeAsync(SlackNudgeRendererTests.TwoItems);

        var call = app.Api.CallsTo("chat.postEphemeral").Single();
        Assert.That(call.Authorization, Is.EqualTo("Bearer xoxb-test-token"));
        Assert.That(call.Form["channel"], Is.EqualTo("C0GENERAL1"));
        Assert.That(call.Form["user"], Is.EqualTo("U0AUTHOR1"));
        Assert.That(call.Form["thread_ts"], Is.EqualTo("1763900000.000100"));
        Assert.That(call.Form["blocks"], Does.Contain("nudge-not-helpful"));
    }

    [Test]
    public async Task SendNudge_MessageInThread_PostsInThatThread()
    {
        await using var app = await SlackTestApp.StartAsync();
        var nudge = SlackNudgeRendererTests.TwoItems with { Where = General with { ThreadId = "1763800000.000001" } };

        await Sender(app).SendNudgeAsync(nudge);

        Assert.That(app.Api.CallsTo("chat.postEphemeral").Single().Form["thread_ts"], Is.EqualTo("1763800000.000001"));
    }

    [Test]
    public async Task SendNudge_Posted_ReceiptNamesChannelAndMessageTs()
    {
        await using var app = await SlackTestApp.StartAsync();
        app.Api.Answer("chat.postEphemeral", Payloads.Read("chat-post-ephemeral-ok.json"));

        var receipt = await Sender(app).SendNudgeAsync(SlackNudgeRendererTests.TwoItems);

        Assert.That(receipt, Is.EqualTo(new NudgeReceipt("C0GENERAL1", "1763900001.000111")));
    }

    [Test]
    public async Task UpdateNudge_RuleAdded_PostsOnlyTheNewRuleAsANewEphemeral()
    {
        await using var app = await SlackTestApp.StartAsync();
        app.Api.Answer("chat.postEphemeral", """{"ok":true,"message_ts":"1763900002.000222"}""");
        var nudge = SlackNudgeRendererTests.TwoItems;
        var sent = new SentNudge(nudge.Where, nudge.MessageId, new NudgeReceipt("C0GENERAL1", "1763900001.000111"), [nudge.Items[0].RuleId], SlackTestApp.Now);

        var receipt = await Sender(app).UpdateNudgeAsync(sent, nudge);

        var call = app.Api.CallsTo("chat.postEphemeral").Single();
        Assert.That(call.Form["user"], Is.EqualTo("U0AUTHOR1"));
        Assert.That(call.Form["blocks"], Does.Contain("ableism/crazy").And.Not.Contain("gendered-terms/guys-for-groups"));
        Assert.That(receipt, Is.EqualTo(new NudgeReceipt("C0GENERAL1", "1763900002.000222")));
    }

    [Test]
    public async Task UpdateNudge_RuleRemovedOnly_SendsNothingAndKeepsTheReceipt()
    {
        await using var app = await SlackTestApp.StartAsync();
        var nudge = SlackNudgeRendererTests.TwoItems with { Items = [SlackNudgeRendererTests.TwoItems.Items[0]] };
        var sent = new SentNudge(nudge.Where, nudge.MessageId, new NudgeReceipt("C0GENERAL1", "1763900001.000111"), ["gendered-terms/guys-for-groups", "ableism/crazy"], SlackTestApp.Now);

        var receipt = await Sender(app).UpdateNudgeAsync(sent, nudge);

        Assert.That(app.Api.Calls, Is.Empty);
        Assert.That(receipt, Is.EqualTo(sent.Receipt));
    }

    [Test]
    public async Task WithdrawNudge_Ephemeral_CallsNoApi()
    {
        await using var app = await SlackTestApp.StartAsync();
        var sent = new SentNudge(General, "1763900000.000100", new NudgeReceipt("C0GENERAL1", "1763900001.000111"), ["ableism/crazy"], SlackTestApp.Now);

        await Sender(app).WithdrawNudgeAsync(sent);

        Assert.That(app.Api.Calls, Is.Empty, "chat.delete cannot delete an ephemeral message, and no 'all clear' note is sent");
    }

    [Test]
    public async Task SendNudge_AuthorNotInChannel_DroppedQuietly()
    {
        await using var app = await SlackTestApp.StartAsync();
        app.Api.Answer("chat.postEphemeral", """{"ok":false,"error":"user_not_in_channel"}""");

        await Sender(app).SendNudgeAsync(SlackNudgeRendererTests.TwoItems);

        Assert.That(app.Api.Calls, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task SendPrivateReply_AfterSlashCommand_UsesItsResponseUrlOnce()
    {
        await using var app = await SlackTestApp.StartAsync();
        using (var request = SlackTestSigner.Form("/slack/commands", Payloads.Read("command-ally-tips.txt"), SlackTestApp.Now))
        using (await app.Client.SendAsync(request))
        {
        }

        var command = app.Inbox.Commands.Single();
        await Sender(app).SendPrivateReplyAsync(new PrivateReply(command.Where, command.Caller.Id, "Here are some tips"));
        await Sender(app).SendPrivateReplyAsync(new PrivateReply(command.Where, command.Caller.Id, "A second answer"));

        var calls = app.Api.Calls.ToList();
        Assert.That(calls[0].Url, Is.EqualTo(new Uri("https://hooks.slack.com/commands/T0AB12CD3/8123456789012/aBcDeFgHiJkLmNoPqRsTuVwX")));
        Assert.That(calls[0].Body, Does.Contain("\"response_type\":\"ephemeral\"").And.Contain("Here are some tips"));
        Assert.That(calls[1].Method, Is.EqualTo("chat.postEphemeral"));
    }

    [Test]
    public async Task SendPrivateReply_NoResponseUrl_PostsEphemeral()
    {
        await using var app = await SlackTestApp.StartAsync();

        await Sender(app).SendPrivateReplyAsync(new PrivateReply(General, "U0AUTHOR1", "Nudges snoozed"));

        var call = app.Api.CallsTo("chat.postEphemeral").Single();
        Assert.That(call.Form["user"], Is.EqualTo("U0AUTHOR1"));
        Assert.That(call.Form["text"], Is.EqualTo("Nudges snoozed"));
    }

    [Test]
    public async Task SendPrivateReply_BotNotInChannel_FallsBackToDm()
    {
        await using var app = await SlackTestApp.StartAsync();
        app.Api.Answer("chat.postEphemeral", Payloads.Read("error-channel-not-found.json"));
        app.Api.Answer("conversations.open", """{"ok":true,"channel":{"id":"D0DMWITHBOT"}}""");

        await Sender(app).SendPrivateReplyAsync(new PrivateReply(General, "U0AUTHOR1", "Nudges snoozed"));

        Assert.That(app.Api.Calls.Select(c => c.Method), Is.EqualTo(new[] { "chat.postEphemeral", "conversations.open", "chat.postMessage" }));
        Assert.That(app.Api.CallsTo("chat.postMessage").Single().Form["channel"], Is.EqualTo("D0DMWITHBOT"));
    }

    [Test]
    public async Task SendNudge_OAuthInstall_UsesThatWorkspacesDecryptedToken()
    {
        await using var app = await SlackTestApp.StartAsync(SlackTestApp.OAuthSettings);
        var protector = app.Services.GetRequiredService<SlackInstallationProtector>();
        await app.Store.SaveAsync(new Installation(ChatPlatform.Slack, "T0AB12CD3",
            protector.Protect(new SlackInstallationSecret("xoxb-installed", "U0ALLYBOT", null, null, null, null, null, null)), SlackTestApp.Now));

        await Sender(app).SendNudgeAsync(SlackNudgeRendererTests.TwoItems);
        await Sender(app).SendNudgeAsync(SlackNudgeRendererTests.TwoItems with { Where = General with { WorkspaceId = "T0NOTINSTALLED" } });

        Assert.That(app.Api.Calls.Single().Authorization, Is.EqualTo("Bearer xoxb-installed"));
    }
}
