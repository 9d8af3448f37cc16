using AllyBot.Core.Conversations;
using AllyBot.Core.Credits;
using AllyBot.Core.Ports;
using AllyBot.Slack.Outbound;
using AllyBot.Slack.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AllyBot.Slack.Tests.Outbound;

public sealed class SlackMessageLinkResolverTests
{
    private const string AuthTest = """{"ok":true,"url":"https://allyco.slack.com/","team":"AllyCo","user":"allybot","team_id":"T0AB12CD3","user_id":"U0ALLYBOT","bot_id":"B0ALLYBOT1"}""";

    private static readonly ChatAddress General = new(ChatPlatform.Slack, "T0AB12CD3", "C0GENERAL1");

    private static IMessageLinkResolver Resolver(SlackTestApp app) => app.Services.GetRequiredKeyedService<IMessageLinkResolver>(ChatPlatform.Slack);

    [Test]
    public async Task Resolve_PermalinkOfThisWorkspace_FindsChannelThreadAndAuthor()
    {
        await using var app = await SlackTestApp.StartAsync();
        app.Api.Answer("auth.test", AuthTest)
            .Answer("conversations.history", """{"ok":true,"messages":[{"type":"message","user":"U0KIM0001","text":"Shipped it","ts":"1763900000.000100"}],"has_more":false}""");
        const string link = "https://allyco.slack.com/archives/C0GENERAL1/p1763900000000100";

        var resolution = await Resolver(app).ResolveAsync(General, link);

        Assert.That(resolution.Message, Is.EqualTo(new LinkedMessage(General with { ThreadId = "1763900000.000100" }, "1763900000.000100", new ChatUser("U0KIM0001"), link)));
        var history = app.Api.CallsTo("conversations.history").Single().Form;
        Assert.That((history["channel"], history["latest"], history["inclusive"], history["limit"]), Is.EqualTo(("C0GENERAL1", "1763900000.000100", "true", "1")));
    }

    [Test]
    public async Task Resolve_ReplyInThread_AsksRepliesAndKeepsTheThread()
    {
        await using var app = await SlackTestApp.StartAsync();
        app.Api.Answer("auth.test", AuthTest)
            .Answer("conversations.history", """{"ok":true,"messages":[]}""")
            .Answer("conversations.replies", """{"ok":true,"messages":[{"type":"message","user":"U0ROOT001","ts":"1763800000.000001","thread_ts":"1763800000.000001"},{"type":"message","user":"U0ANA0002","ts":"1763800100.000200","thread_ts":"1763800000.000001"}]}""");

        var resolution = await Resolver(app).ResolveAsync(General, "https://allyco.slack.com/archives/C0GENERAL1/p1763800100000200?thread_ts=1763800000.000001&cid=C0GENERAL1");

        Assert.That(resolution.Message!.Author, Is.EqualTo(new ChatUser("U0ANA0002")));
        Assert.That(resolution.Message.Channel.ThreadId, Is.EqualTo("1763800000.000001"));
        Assert.That(app.Api.CallsTo("conversations.replies").Single().Form["ts"], Is.EqualTo("1763800000.000001"));
    }

    [TestCase("not a link")]
    [TestCase("https://example.com/archives/C0GENERAL1/p1763900000000100")]
    [TestCase("http://allyco.slack.com/archives/C0GENERAL1/p1763900000000100")]
    [TestCase("https://allyco.slack.com/archives/C0GENERAL1")]
    [TestCase("https://allyco.slack.com/archives/C0GENERAL1/1763900000000100")]
    [TestCase("https://allyco.slack.com/archives/C0GENERAL1/p17639")]
    [TestCase("https://allyco.slack.com/archives/C0GENERAL1/p1763900000000100?thread_ts=yesterday")]
    public async Task Resolve_Malformed_IsNotAMessageLinkWithoutCallingSlack(string link)
    {
        await using var app = await SlackTestApp.StartAsync();

        var resolution = await Resolver(app).ResolveAsync(General, link);

        Assert.That(resolution.Failure, Is.EqualTo(MessageLinkFailure.NotAMessageLink));
        Assert.That(app.Api.Calls, Is.Empty);
    }

    [Test]
    public async Task Resolve_OtherWorkspacesLink_FailsAsOtherWorkspace()
    {
        await using var app = await SlackTestApp.StartAsync();
        app.Api.Answer("auth.test", AuthTest);

        var resolution = await Resolver(app).ResolveAsync(General, "https://othercorp.slack.com/archives/C0GENERAL1/p1763900000000100");

        Assert.That(resolution.Failure, Is.EqualTo(MessageLinkFailure.OtherWorkspace));
        Assert.That(app.Api.CallsTo("conversations.history"), Is.Empty);
    }

    [Test]
    public async Task Resolve_DeletedMessage_IsMessageNotFound()
    {
        await using var app = await SlackTestApp.StartAsync();
        app.Api.Answer("auth.test", AuthTest)
            .Answer("conversations.history", """{"ok":true,"messages":[]}""")
            .Answer("conversations.replies", """{"ok":false,"error":"thread_not_found"}""");

        var resolution = await Resolver(app).ResolveAsync(General, "https://allyco.slack.com/archives/C0GENERAL1/p1763900000000100");

        Assert.That(resolution.Failure, Is.EqualTo(MessageLinkFailure.MessageNotFound));
    }

    [Test]
    public async Task Resolve_ChannelAllyBotCannotRead_IsNoAccess()
    {
        await using var app = await SlackTestApp.StartAsync();
        app.Api.Answer("auth.test", AuthTest).Answer("conversations.history", """{"ok":false,"error":"not_in_channel"}""");

        var resolution = await Resolver(app).ResolveAsync(General, "https://allyco.slack.com/archives/G0PRIVATE1/p1763900000000100");

        Assert.That(resolution.Failure, Is.EqualTo(MessageLinkFailure.NoAccess));
    }

    [Test]
    public void TryParse_LinkInSlackAngleBrackets_IsParsed()
    {
        var link = SlackMessageLink.TryParse("<https://AllyCo.slack.com/archives/C0GENERAL1/p1763900000000100|see this>");

        Assert.That(link, Is.EqualTo(new SlackMessageLink("allyco", "C0GENERAL1", "1763900000.000100", null)));
    }
}
