using AllyBot.Core.Tests.Dialogs;

namespace AllyBot.Core.Tests.Commands;

public sealed class FacilitatorCommandTests
{
    private readonly DialogScript _script = new();

    [SetUp]
    public void SetUp() => _script.SetRoster("C1", "U1", "U2", "U3");

    private async Task<IReadOnlyList<string>> FacilitatorsAsync() => (await _script.Teams.GetAsync(DialogScript.Channel())).FacilitatorIds;

    [Test]
    public async Task Facilitator_FirstAddInChannelWithoutOne_AnyoneMayBootstrap()
    {
        Assert.That(await _script.AllyAsync("U2", "facilitator add <@U2>"), Does.StartWith("<@U2> is now a facilitator of <#C1>"));
        Assert.That(await FacilitatorsAsync(), Is.EqualTo(new[] { "U2" }));
    }

    [Test]
    public async Task Facilitator_AfterBootstrap_OnlyFacilitatorsMayChange()
    {
        await _script.AllyAsync("U2", "facilitator add <@U2>");

        Assert.That(await _script.AllyAsync("U1", "facilitator add <@U1>"), Does.StartWith("Only the facilitators of <#C1> can change that: <@U2>"));
        Assert.That(await _script.AllyAsync("U2", "facilitator add <@U3>"), Does.Contain("now a facilitator"));
        Assert.That(await FacilitatorsAsync(), Is.EqualTo(new[] { "U2", "U3" }));
    }

    [Test]
    public async Task Facilitator_Remove_Removes()
    {
        await _script.AllyAsync("U1", "facilitator add <@U1>");
        await _script.AllyAsync("U1", "facilitator add <@U2>");

        Assert.That(await _script.AllyAsync("U2", "facilitator remove <@U1>"), Does.StartWith("<@U1> is no longer a facilitator"));
        Assert.That(await FacilitatorsAsync(), Is.EqualTo(new[] { "U2" }));
    }

    [TestCase("facilitator add @bob", "couldn't tell who '@bob' is")]
    [TestCase("facilitator add bob", "couldn't tell who 'bob' is")]
    [TestCase("facilitator add <@U9>", "I don't know <@U9> as a member of <#C1>")]
    [TestCase("facilitator remove <@U3>", "<@U3> isn't a facilitator")]
    [TestCase("facilitator add", "Use `/ally facilitator add @person`")]
    [TestCase("facilitator promote <@U2>", "Use `/ally facilitator add @person`")]
    [TestCase("facilitator add <@U2> <@U3>", "Use `/ally facilitator add @person`")]
    public async Task Facilitator_BadInput_ClearError(string text, string expected)
    {
        Assert.That(await _script.AllyAsync("U1", text), Does.Contain(expected));
        Assert.That(await FacilitatorsAsync(), Is.Empty);
    }

    [Test]
    public async Task Facilitator_AddTwice_SaysSo()
    {
        await _script.AllyAsync("U1", "facilitator add <@U1>");

        Assert.That(await _script.AllyAsync("U1", "facilitator add <@U1>"), Does.Contain("already a facilitator"));
    }

    [Test]
    public async Task Facilitator_NoArguments_Lists()
    {
        Assert.That(await _script.AllyAsync("U3", "facilitator"), Does.StartWith("<#C1> has no facilitator yet"));
        await _script.AllyAsync("U1", "facilitator add <@U1>");
        await _script.AllyAsync("U1", "facilitator add <@U2>");
        Assert.That(await _script.AllyAsync("U3", "facilitator"), Is.EqualTo("Facilitators of <#C1>: <@U1> and <@U2>."));
    }
}
