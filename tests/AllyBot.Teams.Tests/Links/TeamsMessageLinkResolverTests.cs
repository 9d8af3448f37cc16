using AllyBot.Core.Conversations;
using AllyBot.Core.Credits;
using AllyBot.Teams.Links;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace AllyBot.Teams.Tests.Links;

public sealed class TeamsMessageLinkResolverTests
{
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private const string Channel = "19:a1b2c3d4e5f64a0b9e56f1b1f1b1f1b1@thread.tacv2";
    private const string Alex = "29:1xYzAlexDoeUserIdExample";

    private const string ReplyLink =
        "https://teams.microsoft.com/l/message/19%3Aa1b2c3d4e5f64a0b9e56f1b1f1b1f1b1%40thread.tacv2/1763630142123?tenantId=72f988bf-86f1-41af-91ab-2d7cd011db47&groupId=2c3d4e5f-aaaa-bbbb-cccc-0123456789ab&parentMessageId=1763630000000&teamName=Platform&channelName=General&createdTime=1763630142123";

    private readonly FakeTimeProvider _clock = new();
    private readonly RecentMessageAuthors _authors;
    private readonly TeamsMessageLinkResolver _resolver;

    public TeamsMessageLinkResolverTests()
    {
        _authors = new RecentMessageAuthors(_clock);
        _resolver = new TeamsMessageLinkResolver(_authors, NullLogger<TeamsMessageLinkResolver>.Instance);
    }

    private static ChatAddress Where => new(ChatPlatform.Teams, Tenant, "a:1personal");

    private void SeeAlexsReply() =>
        _authors.Remember(new ChatAddress(ChatPlatform.Teams, Tenant, Channel, "1763630000000"), "1763630142123", new ChatUser(Alex));

    [Test]
    public async Task Resolve_SeenReplyInAThread_GivesChannelThreadAndAuthor()
    {
        SeeAlexsReply();

        var resolution = await _resolver.ResolveAsync(Where, ReplyLink);

        Assert.That(resolution.Failure, Is.Null);
        Assert.That(resolution.Message, Is.EqualTo(new LinkedMessage(new ChatAddress(ChatPlatform.Teams, Tenant, Channel, "1763630000000"), "1763630142123", new ChatUser(Alex), ReplyLink)));
    }

    [Test]
    public async Task Resolve_SeenThreadRoot_IsItsOwnThread()
    {
        _authors.Remember(new ChatAddress(ChatPlatform.Teams, Tenant, Channel, "1763630000000"), "1763630000000", new ChatUser(Alex));
        var link = $"https://teams.microsoft.com/l/message/{Uri.EscapeDataString(Channel)}/1763630000000?tenantId={Tenant}&parentMessageId=1763630000000";

        var resolution = await _resolver.ResolveAsync(Where, link);

        Assert.That(resolution.Message!.Channel.ThreadId, Is.EqualTo("1763630000000"));
        Assert.That(resolution.Message.MessageId, Is.EqualTo("1763630000000"));
    }

    [TestCase("")]
    [TestCase("not a link")]
    [TestCase("http://teams.microsoft.com/l/message/19%3Aabc%40thread.tacv2/1763630142123")]
    [TestCase("https://evil.example.com/l/message/19%3Aabc%40thread.tacv2/1763630142123")]
    [TestCase("https://teams.microsoft.com/l/channel/19%3Aabc%40thread.tacv2/General")]
    [TestCase("https://teams.microsoft.com/l/message/19%3Aabc%40thread.tacv2/notanumber")]
    [TestCase("https://teams.microsoft.com/l/message/19%3Aabc%40thread.tacv2")]
    [TestCase("https://teams.microsoft.com/l/message/19%3Aabc%40thread.tacv2/1763630142123?tenantId=not-a-guid")]
    [TestCase("https://contoso.slack.com/archives/C0123/p1700000000000100")]
    public async Task Resolve_Malformed_IsNotAMessageLink(string link)
    {
        var resolution = await _resolver.ResolveAsync(Where, link);

        Assert.That(resolution.Failure, Is.EqualTo(MessageLinkFailure.NotAMessageLink));
    }

    [Test]
    public async Task Resolve_OtherTenant_IsOtherWorkspace()
    {
        SeeAlexsReply();

        var resolution = await _resolver.ResolveAsync(Where, ReplyLink.Replace("tenantId=72f988bf", "tenantId=11111111", StringComparison.Ordinal));

        Assert.That(resolution.Failure, Is.EqualTo(MessageLinkFailure.OtherWorkspace));
    }

    [Test]
    public async Task Resolve_UnknownMessage_IsMessageNotFound()
    {
        var resolution = await _resolver.ResolveAsync(Where, ReplyLink);

        Assert.That(resolution.Failure, Is.EqualTo(MessageLinkFailure.MessageNotFound));
    }

    [Test]
    public async Task Resolve_SeenMoreThanADayAgo_IsMessageNotFound()
    {
        SeeAlexsReply();
        _clock.Advance(TimeSpan.FromHours(24));

        var resolution = await _resolver.ResolveAsync(Where, ReplyLink);

        Assert.That(resolution.Failure, Is.EqualTo(MessageLinkFailure.MessageNotFound));
    }

    [Test]
    public void RecentMessageAuthors_OverCapacity_DropsTheOldest()
    {
        var where = new ChatAddress(ChatPlatform.Teams, Tenant, Channel);
        for (var i = 0; i <= RecentMessageAuthors.Capacity; i++)
        {
            _authors.Remember(where, i.ToString(System.Globalization.CultureInfo.InvariantCulture), new ChatUser(Alex));
        }

        Assert.That(_authors.Find(Tenant, Channel, "0"), Is.Null);
        Assert.That(_authors.Find(Tenant, Channel, "1"), Is.Not.Null);
    }
}
