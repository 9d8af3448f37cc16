using System.Text.Json.Nodes;
using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Core.Replies;
using AllyBot.Slack.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AllyBot.Slack.Tests.Outbound;

public sealed class SlackDialogChatSenderTests
{
    private static IPlatformDialogChatSender Sender(SlackTestApp app) =>
        app.Services.GetServices<IPlatformDialogChatSender>().Single(s => s.Platform == ChatPlatform.Slack);

    [Test]
    public async Task SendDialogPrompt_OpensDmAndPostsBlocksWithCandidateNames()
    {
        await using var app = await SlackTestApp.StartAsync();
        app.Api.Answer("users.info", """{"ok":true,"user":{"id":"U0KIM0001","name":"kim","real_name":"Kim Lee","profile":{"display_name":"Kim"}}}""")
            .Answer("users.info", """{"ok":true,"user":{"id":"U0ANA0002","name":"ana","profile":{"display_name":"","real_name":"Ana Ruiz"}}}""")
            .Answer("conversations.open", """{"ok":true,"channel":{"id":"D0ALLYDM01"}}""")
            .Answer("chat.postMessage", """{"ok":true,"channel":"D0ALLYDM01","ts":"1763900200.000300"}""");

        await Sender(app).SendDialogPromptAsync(SlackDialogRendererTests.PickPrompt);

        Assert.That(app.Api.CallsTo("conversations.open").Single().Form["users"], Is.EqualTo("U0AUTHOR1"));
        var post = app.Api.CallsTo("chat.postMessage").Single();
        Assert.That(post.Form["channel"], Is.EqualTo("D0ALLYDM01"));
        Assert.That(post.Form.ContainsKey("thread_ts"), Is.False);
        var blocks = JsonNode.Parse(post.Form["blocks"])!.AsArray();
        var labels = blocks.Single(b => (string?)b!["block_id"] == "ally-input:dlg-7f3a9c")!["elements"]![0]!["options"]!.AsArray().Select(o => (string?)o!["text"]!["text"]);
        Assert.That(labels, Is.EqualTo(new[] { "Kim", "Ana Ruiz" }));
        Assert.That(post.Form["text"], Does.Contain("<#C0GENERAL1>"));
    }

    [Test]
    public async Task SendDialogPrompt_MemberCannotBeMessaged_DroppedQuietly()
    {
        await using var app = await SlackTestApp.StartAsync();
        app.Api.Answer("conversations.open", """{"ok":false,"error":"user_disabled"}""");

        await Sender(app).SendDialogPromptAsync(DialogPrompt.Message(SlackDialogRendererTests.General, "U0GONE001", "Hello"));

        Assert.That(app.Api.CallsTo("chat.postMessage"), Is.Empty);
    }

    [Test]
    public async Task PostToChannel_WithThread_PostsInThatThreadKeepingMentions()
    {
        await using var app = await SlackTestApp.StartAsync();
        var post = new ChannelPost(SlackDialogRendererTests.General with { ThreadId = "1763800000.000001" }, "Thanks <@U0KIM0001> for the help & the docs!");

        await Sender(app).PostToChannelAsync(post);

        var call = app.Api.CallsTo("chat.postMessage").Single();
        Assert.That(call.Authorization, Is.EqualTo("Bearer xoxb-test-token"));
        Assert.That(call.Form["channel"], Is.EqualTo("C0GENERAL1"));
        Assert.That(call.Form["thread_ts"], Is.EqualTo("1763800000.000001"));
        Assert.That(call.Form["text"], Is.EqualTo("Thanks <@U0KIM0001> for the help &amp; the docs!"));
    }

    [Test]
    public async Task PostToChannel_NoThread_PostsInTheChannel()
    {
        await using var app = await SlackTestApp.StartAsync();

        await Sender(app).PostToChannelAsync(new ChannelPost(SlackDialogRendererTests.General, "This week's credits"));

        Assert.That(app.Api.CallsTo("chat.postMessage").Single().Form.ContainsKey("thread_ts"), Is.False);
    }

    [Test]
    public async Task AddSlack_DialogSenderAndChatSender_BothRegisteredForSlack()
    {
        await using var app = await SlackTestApp.StartAsync();

        Assert.That(app.Services.GetServices<IPlatformChatSender>().Count(s => s.Platform == ChatPlatform.Slack), Is.EqualTo(1));
        Assert.That(app.Services.GetRequiredKeyedService<IRosterProvider>(ChatPlatform.Slack), Is.Not.Null);
        Assert.That(app.Services.GetRequiredKeyedService<IMessageLinkResolver>(ChatPlatform.Slack), Is.Not.Null);
    }
}
