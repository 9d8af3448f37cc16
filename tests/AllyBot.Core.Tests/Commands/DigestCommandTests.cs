using AllyBot.Core.Tests.Dialogs;

namespace AllyBot.Core.Tests.Commands;

public sealed class DigestCommandTests
{
    private readonly DialogScript _script = new();

    private async Task<bool> DigestOnAsync() => (await _script.Teams.GetAsync(DialogScript.Channel())).DigestOn;

    [Test]
    public async Task Digest_OnWithFacilitator_SavedAndExplainsPrivacy()
    {
        _script.SetRoster("C1", "U1");
        await _script.AllyAsync("U1", "facilitator add <@U1>");

        var answer = await _script.AllyAsync("U1", "digest on");

        Assert.That(answer, Does.Contain("<@U1> will get it privately").And.Contain("names no one").And.Contain("at least 5 members").And.Contain("/ally optout counting"));
        Assert.That(await DigestOnAsync(), Is.True);
    }

    [Test]
    public async Task Digest_OnWithoutFacilitator_SaysToAddOne() =>
        Assert.That(await _script.AllyAsync("U1", "digest on"), Does.Contain("no facilitator yet"));

    [Test]
    public async Task Digest_Off_Saved()
    {
        await _script.AllyAsync("U1", "digest on");

        Assert.That(await _script.AllyAsync("U1", "DIGEST OFF"), Does.Contain("off in <#C1>"));
        Assert.That(await DigestOnAsync(), Is.False);
    }

    [TestCase("digest maybe")]
    [TestCase("digest named")]
    public async Task Digest_BadInput_SaysWhatToType(string text)
    {
        Assert.That(await _script.AllyAsync("U1", text), Is.EqualTo("Say `/ally digest on` or `/ally digest off`."));
        Assert.That(await DigestOnAsync(), Is.False);
    }

    [Test]
    public async Task Digest_NoArguments_ShowsState() =>
        Assert.That(await _script.AllyAsync("U1", "digest"), Does.StartWith("The digest is off in <#C1>"));

    [Test]
    public async Task Digest_NotAFacilitator_Denied()
    {
        _script.SetRoster("C1", "U1", "U2");
        await _script.AllyAsync("U1", "facilitator add <@U1>");

        Assert.That(await _script.AllyAsync("U2", "digest on"), Does.StartWith("Only the facilitators of <#C1>"));
        Assert.That(await DigestOnAsync(), Is.False);
    }
}
