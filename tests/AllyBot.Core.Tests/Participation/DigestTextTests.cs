using AllyBot.Core.Participation;
using AllyBot.Core.Tests.Dialogs;
using AllyBot.Core.Voices;

namespace AllyBot.Core.Tests.Participation;

public sealed class DigestTextTests
{
    [Test]
    public void Render_Digest_SharesAgainstMedianAndSuggestions()
    {
        var current = new VoicesSnapshot(6, 40, 0.55, 0.5, 0.5, 0.6, new CreditConcentration(5, 0.8, 0.7));
        var prior = Enumerable.Repeat(new VoicesSnapshot(6, 40, 0.8, 0.3, 1.0, 0.35, null), 4).ToList();
        var digest = VoicesDigestComposer.Compose(current, prior);

        var text = DigestText.Render(digest, DialogScript.Channel());

        Assert.That(text, Does.StartWith("Your weekly voices digest for <#C1>."));
        Assert.That(text, Does.Contain("Evenness of participation (1 = everyone alike): 0.55 (8-week median 0.80)"));
        Assert.That(text, Does.Contain("Members who posted: 50% (8-week median 100%)"));
        Assert.That(text, Does.Contain("Credit going to the most-credited fifth: 80% (no 8-week history yet)"));
        Assert.That(text, Does.Contain("less even than this channel's usual").And.Contain("Credit is concentrating"));
        Assert.That(text, Does.Contain(DigestSuggestion.RoundRobin.Text).And.Contain(DigestSuggestion.CreditByName.Text));
    }
}
