using System.Text.RegularExpressions;
using AllyBot.Core.Credits;
using AllyBot.Core.Settings;
using AllyBot.Core.Tests.Dialogs;

namespace AllyBot.Core.Tests.Credits;

public sealed class CreditsPostComposerTests
{
    private static readonly DateTimeOffset At = DialogScript.Start;

    private static Credit Credit(string origin, string giver, string receiver, string text) =>
        new($"{origin}:{receiver}", origin, DialogScript.Channel(), new MemberKey("T1", giver), giver, new MemberKey("T1", receiver), receiver, text,
            CreditAudience.Channel, CreditSource.Dialog, null, At);

    [Test]
    public void Compose_Credits_NamesWhoAndWhatAndWhoSaidSo()
    {
        var text = CreditsPostComposer.Compose(
        [
            Credit("d1", "U1", "U2", "found the cause of the flaky deploy test"),
            Credit("d1", "U1", "U3", "found the cause of the flaky deploy test"),
            Credit("d2", "U4", "U2", "explained the release process to the new folks"),
        ]);

        Assert.That(text, Is.EqualTo(
            "🌟 This week's credits\n" +
            "• <@U2> and <@U3>: found the cause of the flaky deploy test (from <@U1>)\n" +
            "• <@U2>: explained the release process to the new folks (from <@U4>)"));
    }

    [Test]
    public void Compose_OnePersonCreditedOften_NoCountOrRanking()
    {
        var text = CreditsPostComposer.Compose(
        [
            Credit("d1", "U1", "U2", "wrote the incident summary for the outage"),
            Credit("d2", "U3", "U2", "answered every support question on Tuesday"),
            Credit("d3", "U4", "U2", "reviewed the schema change with care"),
            Credit("d4", "U5", "U3", "ran the retro and kept it on time"),
        ]);

        var withoutMentions = Regex.Replace(text, "<[@#][^>]*>", "someone");
        Assert.That(withoutMentions, Does.Not.Match("[0-9]"), "no numbers at all: no counts, totals or places");
        Assert.That(text.Split('\n').Skip(1).Select(l => l[..8]), Is.EqualTo(new[] { "• <@U2>:", "• <@U2>:", "• <@U2>:", "• <@U3>:" }), "in the order given, never grouped by person");
    }
}
