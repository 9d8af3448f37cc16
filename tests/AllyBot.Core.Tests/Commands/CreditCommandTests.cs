using AllyBot.Core.Credits;
using AllyBot.Core.Tests.Dialogs;

namespace AllyBot.Core.Tests.Commands;

public sealed class CreditCommandTests
{
    private readonly DialogScript _script = new();

    [SetUp]
    public void SetUp() => _script.SetRoster("C1", "U1", "U2", "U3");

    [Test]
    public async Task Credit_MentionAndSpecificText_RecordsDmsAndConfirms()
    {
        var answer = await _script.AllyAsync("U1", "credit <@U2|sam> found the cause of the flaky deploy test");

        Assert.That(answer, Does.StartWith("Thank you! I've let <@U2> know").And.Contain("Friday"));
        var credit = _script.Credits.All.Single();
        Assert.That((credit.GiverId, credit.ReceiverId, credit.Contribution, credit.Audience, credit.Source),
            Is.EqualTo(("U1", "U2", "found the cause of the flaky deploy test", CreditAudience.Channel, CreditSource.Command)));
        Assert.That(_script.LastPromptTo("U2").Text, Does.Contain("<@U1> credited you").And.Contain("flaky deploy test"));
    }

    [Test]
    public async Task Credit_Private_OnlyThem()
    {
        var answer = await _script.AllyAsync("U1", "credit <@U2> found the cause of the flaky deploy test private");

        Assert.That(answer, Does.Contain("and no one else"));
        Assert.That(_script.Credits.All.Single(), Has.Property(nameof(Credit.Audience)).EqualTo(CreditAudience.RecipientOnly)
            .And.Property(nameof(Credit.Contribution)).EqualTo("found the cause of the flaky deploy test"));
    }

    [Test]
    public async Task Credit_SeveralPeople_OneCreditEach()
    {
        await _script.AllyAsync("U1", "credit <@U2> <@U3> ran the incident review and wrote the follow-ups");

        Assert.That(_script.Credits.All.Select(c => c.ReceiverId), Is.EqualTo(new[] { "U2", "U3" }));
    }

    [TestCase("credit @sam found the cause of the flaky deploy test", "couldn't tell who '@sam' is")]
    [TestCase("credit <@U9> found the cause of the flaky deploy test", "I don't know <@U9> as a member of <#C1>")]
    [TestCase("credit <@U1> found the cause of the flaky deploy test", "can't credit yourself")]
    [TestCase("credit <@U2> great job", "Could you make it specific?")]
    [TestCase("credit <@U2> thanks for everything!", "Could you make it specific?")]
    [TestCase("credit <@U2>", "Say what they did")]
    [TestCase("credit", "Say who first")]
    [TestCase("credit found the bug", "Say who first")]
    public async Task Credit_BadInput_ClearPrivateErrorAndNothingRecorded(string text, string expected)
    {
        Assert.That(await _script.AllyAsync("U1", text), Does.Contain(expected));
        Assert.That(_script.Credits.All, Is.Empty);
        Assert.That(_script.Sender.Prompts, Is.Empty);
    }

    [Test]
    public async Task Credit_Answer_IsPrivate()
    {
        await _script.AllyAsync("U1", "credit <@U2> found the cause of the flaky deploy test");

        Assert.That(_script.Sender.Replies.Single().RecipientId, Is.EqualTo("U1"));
        Assert.That(_script.Sender.Posts, Is.Empty, "the channel sees it in Friday's post, not now");
    }
}
