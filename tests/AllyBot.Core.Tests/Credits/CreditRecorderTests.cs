using AllyBot.Core.Credits;
using AllyBot.Core.Language;
using AllyBot.Core.Tests.Dialogs;
using AllyBot.Core.Tests.Language;
using AllyBot.Testing;

namespace AllyBot.Core.Tests.Credits;

public sealed class CreditRecorderTests
{
    private readonly DialogScript _script = new();

    [Test]
    public async Task Store_SameOriginTwice_StoredOnce()
    {
        var credits = _script.Recorder.Create("d1", DialogScript.Channel() with { ThreadId = "t1" }, "U1", ["U2", "U2", "U3"], " reviewed the schema change with care ",
            CreditAudience.Channel, CreditSource.Dialog, DialogScript.Start);

        await _script.Recorder.StoreAsync(credits);
        await _script.Recorder.StoreAsync(credits);

        Assert.That(_script.Credits.All.Select(c => (c.ReceiverId, c.Contribution, c.Channel.ThreadId)), Is.EqualTo(new[]
        {
            ("U2", "reviewed the schema change with care", (string?)null),
            ("U3", "reviewed the schema change with care", null),
        }));
    }

    [Test]
    public async Task Store_PiiRedactionOn_StoresTheRedactedTextAndDmsTheGiversWords()
    {
        var settings = new InMemoryLanguageSettingsStore();
        await settings.SaveAsync(DialogScript.Workspace, LanguageSettings.Default with { PiiRedactionOn = true });
        var service = new FakeTextAnalysis { Pii = t => [new PiiEntity("Person", 0, 4, 0.9)] };
        var recorder = new CreditRecorder(_script.Credits, _script.Roster, _script.Members, _script.Sender, _script.Pseudonymizer, new PiiRedactor(service, settings, new LanguageOptions()));
        var credits = recorder.Create("d1", DialogScript.Channel(), "U1", ["U2", "U3"], "Anna and you rewrote the runbook", CreditAudience.Channel, CreditSource.Dialog, DialogScript.Start);

        await recorder.StoreAsync(credits);
        await recorder.DeliverAsync(credits);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_script.Credits.All.Select(c => c.Contribution), Is.EqualTo(new[] { "[Person] and you rewrote the runbook", "[Person] and you rewrote the runbook" }));
            Assert.That(service.Asked, Is.EqualTo(new[] { "Anna and you rewrote the runbook" }), "one call for the shared text");
            Assert.That(_script.Sender.PromptsTo("U2").Single().Text, Does.Contain("Anna and you rewrote the runbook"));
        }
    }

    [Test]
    public async Task Deliver_ManagerIsTheGiver_NoSecondDm()
    {
        _script.Roster.SetManager("U2", "U1");
        var credits = _script.Recorder.Create("d1", DialogScript.Channel(), "U1", ["U2"], "reviewed the schema change with care", CreditAudience.RecipientAndManager, CreditSource.Dialog, DialogScript.Start);

        var summary = await _script.Recorder.DeliverAsync(credits);

        Assert.That(_script.Sender.PromptsTo("U1"), Is.Empty);
        Assert.That(summary, Does.Contain("<@U2> know, and their manager"));
    }

    [Test]
    public void Credit_ToString_NeverShowsTheText()
    {
        var credit = _script.Recorder.Create("d1", DialogScript.Channel(), "U1", ["U2"], "secret sauce recipe shared", CreditAudience.Channel, CreditSource.Dialog, DialogScript.Start)[0];

        Assert.That(credit.ToString(), Does.Not.Contain("secret"));
    }
}
