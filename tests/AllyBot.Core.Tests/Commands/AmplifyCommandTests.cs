using AllyBot.Core.Conversations;
using AllyBot.Core.Credits;
using AllyBot.Core.Tests.Dialogs;

namespace AllyBot.Core.Tests.Commands;

public sealed class AmplifyCommandTests
{
    private const string Link = "https://example.slack.com/archives/C1/p1764150000000100";

    private readonly DialogScript _script = new();

    [SetUp]
    public void SetUp()
    {
        _script.SetRoster("C1", "U1", "U2", "U3");
        _script.Links.Add(Link, DialogScript.Channel(), "1764150000.000100", "U3");
    }

    [Test]
    public async Task Amplify_GoodLink_PostsInItsThreadWithTheAuthorsNameAndCreditsThem()
    {
        var answer = await _script.AllyAsync("U1", $"amplify {Link} we should try this in the next sprint");

        var post = _script.Sender.Posts.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(post.Where, Is.EqualTo(DialogScript.Channel() with { ThreadId = "1764150000.000100" }));
            Assert.That(post.Text, Is.EqualTo("<@U1>: Building on <@U3>'s point: we should try this in the next sprint"));
            Assert.That(answer, Does.StartWith("Done").And.Contain("<@U3>"));
            var credit = _script.Credits.All.Single();
            Assert.That((credit.GiverId, credit.ReceiverId, credit.Source, credit.Audience, credit.MessageLink, credit.Channel.ThreadId),
                Is.EqualTo(("U1", "U3", CreditSource.Amplification, CreditAudience.Thread, (string?)Link, (string?)null)));
        }
    }

    [Test]
    public async Task Amplify_LinkToAThreadReply_PostsInThatThread()
    {
        _script.Links.Add("https://chat/reply", DialogScript.Channel() with { ThreadId = "root-1" }, "reply-2", "U2");

        await _script.AllyAsync("U1", "amplify <https://chat/reply>");

        Assert.That(_script.Sender.Posts.Single().Where.ThreadId, Is.EqualTo("root-1"));
        Assert.That(_script.Sender.Posts.Single().Text, Does.StartWith("<@U1>: Building on <@U2>'s point"));
    }

    [TestCase(MessageLinkFailure.NotAMessageLink, "doesn't look like a message link")]
    [TestCase(MessageLinkFailure.OtherWorkspace, "another workspace")]
    [TestCase(MessageLinkFailure.MessageNotFound, "may have been deleted")]
    [TestCase(MessageLinkFailure.NoAccess, "can't see that channel")]
    public async Task Amplify_LinkFails_ClearPrivateErrorAndNothingPosted(MessageLinkFailure failure, string expected)
    {
        _script.Links.Fail("https://chat/x", failure);

        Assert.That(await _script.AllyAsync("U1", "amplify https://chat/x nice"), Does.Contain(expected));
        Assert.That(_script.Sender.Posts, Is.Empty);
        Assert.That(_script.Credits.All, Is.Empty);
        Assert.That(_script.Sender.Replies.Single().RecipientId, Is.EqualTo("U1"));
    }

    [Test]
    public async Task Amplify_NotALink_SaysHowToGetOne() =>
        Assert.That(await _script.AllyAsync("U1", "amplify that thing Sam said"), Does.Contain("doesn't look like a message link"));

    [Test]
    public async Task Amplify_ResolverReturnsAnotherWorkspacesMessage_RefusedAnyway()
    {
        _script.Links.Add("https://other/p1", new ChatAddress(ChatPlatform.Playground, "T2", "C9"), "m1", "U7");

        Assert.That(await _script.AllyAsync("U1", "amplify https://other/p1"), Does.Contain("another workspace"));
        Assert.That(_script.Sender.Posts, Is.Empty);
    }

    [Test]
    public async Task Amplify_OwnMessage_Refused()
    {
        _script.Links.Add("https://chat/mine", DialogScript.Channel(), "m1", "U1");

        Assert.That(await _script.AllyAsync("U1", "amplify https://chat/mine"), Does.Contain("your own message"));
        Assert.That(_script.Sender.Posts, Is.Empty);
    }

    [Test]
    public async Task Amplify_BotMessage_Refused()
    {
        _script.Links.Add("https://chat/bot", DialogScript.Channel(), "m1", "B1", authorIsBot: true);

        Assert.That(await _script.AllyAsync("U1", "amplify https://chat/bot"), Does.Contain("bot"));
    }

    [Test]
    public async Task Amplify_NoArguments_ExplainsUsage() =>
        Assert.That(await _script.AllyAsync("U1", "amplify"), Does.Contain("Copy link"));
}
