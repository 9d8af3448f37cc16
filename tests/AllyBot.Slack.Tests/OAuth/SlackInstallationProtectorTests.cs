using System.Text;
using AllyBot.Slack.OAuth;
using Microsoft.AspNetCore.DataProtection;

namespace AllyBot.Slack.Tests.OAuth;

public sealed class SlackInstallationProtectorTests
{
    private static readonly SlackInstallationSecret Secret = new("xoxb-very-secret", "U0ALLYBOT", "chat:write", "A0ALLYBOT1", "Ally Co", "U0ADMIN01", null, null);

    [Test]
    public void Protect_Secret_HidesTheTokenAndRoundTrips()
    {
        var protector = new SlackInstallationProtector(new EphemeralDataProtectionProvider());

        var bytes = protector.Protect(Secret);

        Assert.That(Encoding.UTF8.GetString(bytes), Does.Not.Contain("xoxb-very-secret"));
        Assert.That(protector.Unprotect(bytes), Is.EqualTo(Secret));
    }

    [Test]
    public void ToString_Secret_NeverPrintsTokens()
    {
        Assert.That(Secret.ToString(), Does.Not.Contain("xoxb"));
    }
}
