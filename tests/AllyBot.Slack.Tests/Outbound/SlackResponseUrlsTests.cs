using AllyBot.Core.Conversations;
using AllyBot.Slack.Configuration;
using AllyBot.Slack.Outbound;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AllyBot.Slack.Tests.Outbound;

public sealed class SlackResponseUrlsTests
{
    private static readonly ChatAddress General = new(ChatPlatform.Slack, "T1", "C1");
    private readonly FakeTimeProvider _clock = new();

    private SlackResponseUrls Urls() => new(Options.Create(new SlackOptions()), _clock);

    [Test]
    public void Take_Remembered_ReturnsItOnce()
    {
        var urls = Urls();
        urls.Remember(General, "U1", "https://hooks.slack.com/commands/T1/1/a");

        Assert.That(urls.Take(General, "U1"), Is.EqualTo(new Uri("https://hooks.slack.com/commands/T1/1/a")));
        Assert.That(urls.Take(General, "U1"), Is.Null);
    }

    [Test]
    public void Take_After30Minutes_IsNull()
    {
        var urls = Urls();
        urls.Remember(General, "U1", "https://hooks.slack.com/commands/T1/1/a");

        _clock.Advance(SlackResponseUrls.Lifetime);

        Assert.That(urls.Take(General, "U1"), Is.Null);
    }

    [Test]
    public void Take_OtherUser_IsNull()
    {
        var urls = Urls();
        urls.Remember(General, "U1", "https://hooks.slack.com/commands/T1/1/a");

        Assert.That(urls.Take(General, "U2"), Is.Null);
    }

    [TestCase("https://evil.example.com/commands/T1/1/a")]
    [TestCase("http://hooks.slack.com/commands/T1/1/a")]
    [TestCase("not a url")]
    [TestCase(null)]
    public void Remember_NotASlackUrl_Refused(string? url)
    {
        var urls = Urls();

        Assert.That(urls.Remember(General, "U1", url), Is.False);
        Assert.That(urls.Take(General, "U1"), Is.Null);
    }
}
