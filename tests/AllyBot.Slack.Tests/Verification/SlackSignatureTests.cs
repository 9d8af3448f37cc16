using System.Text;
using AllyBot.Slack.Verification;

namespace AllyBot.Slack.Tests.Verification;

public sealed class SlackSignatureTests
{
    /// <summary>Slack's documented example (protocols.md §3.1).</summary>
    internal const string DocumentedBody = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    internal const string DocumentedSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    internal const string DocumentedTimestamp = "1531420618";
    internal const string DocumentedSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    [Test]
    public void Compute_DocumentedVector_MatchesSlacksSignature()
    {
        var signature = SlackSignature.Compute(DocumentedSecret, DocumentedTimestamp, Encoding.UTF8.GetBytes(DocumentedBody));

        Assert.That(signature, Is.EqualTo(DocumentedSignature));
    }

    [Test]
    public void Compute_OneByteChanged_ChangesSignature()
    {
        var signature = SlackSignature.Compute(DocumentedSecret, DocumentedTimestamp, Encoding.UTF8.GetBytes(DocumentedBody + " "));

        Assert.That(signature, Is.Not.EqualTo(DocumentedSignature));
    }
}
