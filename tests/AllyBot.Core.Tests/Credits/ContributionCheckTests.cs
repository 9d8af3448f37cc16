using AllyBot.Core.Credits;

namespace AllyBot.Core.Tests.Credits;

public sealed class ContributionCheckTests
{
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("everything")]
    [TestCase("great job")]
    [TestCase("thanks")]
    [TestCase("fixed the bug")] // 13 characters: too short to say much
    [TestCase("Thanks for everything!!")]
    [TestCase("great job as always, thank you so much")]
    [TestCase("thank you <@U2> for all your help")]
    [TestCase("awesome work this week team!")]
    public void IsSpecific_VagueOrShort_False(string text) => Assert.That(ContributionCheck.IsSpecific(text), Is.False);

    [TestCase("found the cause of the flaky deploy test")]
    [TestCase("paired with me on the billing export until it worked")]
    [TestCase("suggested caching the roster, which halved API calls")]
    [TestCase("<@U2> reviewed my migration script and caught a data loss bug")]
    [TestCase("explicó la migración al equipo nuevo")]
    public void IsSpecific_NamesWhatWasDone_True(string text) => Assert.That(ContributionCheck.IsSpecific(text), Is.True);

    [Test]
    public void IsSpecific_Null_False() => Assert.That(ContributionCheck.IsSpecific(null), Is.False);
}
