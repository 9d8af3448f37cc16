using AllyBot.Slack.Configuration;

namespace AllyBot.Slack.Tests.Configuration;

public sealed class SlackOptionsValidatorTests
{
    private static IEnumerable<string> Problems(SlackOptions options) => new SlackOptionsValidator().Validate(null, options).Failures ?? [];

    [Test]
    public void Validate_SingleWorkspace_Succeeds()
    {
        Assert.That(Problems(new SlackOptions { SigningSecret = "s", BotToken = "xoxb-1" }), Is.Empty);
    }

    [Test]
    public void Validate_OAuth_Succeeds()
    {
        Assert.That(Problems(new SlackOptions { SigningSecret = "s", ClientId = "1.2", ClientSecret = "c" }), Is.Empty);
    }

    [Test]
    public void Validate_SocketModeOnly_Succeeds()
    {
        Assert.That(Problems(new SlackOptions { AppToken = "xapp-1", BotToken = "xoxb-1" }), Is.Empty);
    }

    [Test]
    public void Validate_NoToken_SaysWhichKeys()
    {
        Assert.That(Problems(new SlackOptions { SigningSecret = "s" }).Single(), Does.Contain("Slack:BotToken").And.Contain("Slack:ClientId"));
    }

    [Test]
    public void Validate_ClientIdWithoutSecret_SaysTheyGoTogether()
    {
        Assert.That(Problems(new SlackOptions { SigningSecret = "s", ClientId = "1.2" }).Single(), Does.Contain("Slack:ClientSecret"));
    }

    [Test]
    public void Validate_UserTokenAsBotToken_Refused()
    {
        Assert.That(Problems(new SlackOptions { SigningSecret = "s", BotToken = "xoxp-1" }).Single(), Does.Contain("xoxb-"));
    }

    [Test]
    public void Validate_BotTokenAsAppToken_Refused()
    {
        Assert.That(Problems(new SlackOptions { AppToken = "xoxb-1", BotToken = "xoxb-1" }).Single(), Does.Contain("xapp-"));
    }

    [TestCase("slack.com/api")]
    [TestCase("ftp://slack.com/api/")]
    public void Validate_BadApiBaseUrl_Refused(string url)
    {
        Assert.That(Problems(new SlackOptions { SigningSecret = "s", BotToken = "xoxb-1", ApiBaseUrl = url }).Single(), Does.Contain("Slack:ApiBaseUrl"));
    }

    [Test]
    public void ApiBaseUri_WithoutTrailingSlash_GetsOne()
    {
        var options = new SlackOptions { ApiBaseUrl = "http://127.0.0.1:5000/api" };

        Assert.That(new Uri(options.ApiBaseUri, "chat.postEphemeral").AbsoluteUri, Is.EqualTo("http://127.0.0.1:5000/api/chat.postEphemeral"));
        Assert.That(options.AuthorizeUri.AbsoluteUri, Is.EqualTo("http://127.0.0.1:5000/oauth/v2/authorize"));
    }
}
