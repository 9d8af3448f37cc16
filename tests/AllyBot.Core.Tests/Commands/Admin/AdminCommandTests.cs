namespace AllyBot.Core.Tests.Commands.Admin;

public sealed class AdminCommandTests
{
    private readonly AdminScript _script = new();

    [Test]
    public async Task Admin_Help_ListsEverySubcommandForAnyone()
    {
        var answer = await _script.AdminAsync("help", AdminScript.Member);

        Assert.That(answer, Does.Contain("`/ally admin rules [category]`").And.Contain("`/ally admin undo`").And.Contain("`/ally admin grant @person`"));
    }

    [TestCase("rules")]
    [TestCase("disable ableism")]
    [TestCase("export")]
    [TestCase("undo")]
    public async Task Admin_NonAdmin_AdminsOnlyAndNothingChanges(string subcommand)
    {
        var answer = await _script.AdminAsync(subcommand, AdminScript.Member);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer, Does.StartWith("Sorry, `/ally admin` is for workspace admins only."));
            Assert.That(await _script.AdminStore.CurrentSequenceAsync(), Is.Zero);
        }
    }

    [Test]
    public async Task Admin_FacilitatorInAnotherChannel_NotAnAdminThere()
    {
        Assert.That(await _script.AdminAsync("rules", AdminScript.Admin, channel: "C2"), Does.StartWith("Sorry"));
    }

    [Test]
    public async Task Admin_UnknownSubcommand_SaysSoWithHelp()
    {
        Assert.That(await _script.AdminAsync("frobnicate"), Does.StartWith("I don't know `/ally admin frobnicate`.").And.Contain("Workspace admin commands"));
    }

    [Test]
    public async Task Grant_Member_MayAdministerEverywhereUntilRevoked()
    {
        var granted = await _script.AdminAsync("grant <@U-member>");
        var asMember = await _script.AdminAsync("rules", AdminScript.Member, channel: "C9");
        var revoked = await _script.AdminAsync("revoke <@U-member>");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(granted, Is.EqualTo("Done: granted admin rights to <@U-member>. (`/ally admin undo` reverts it.)"));
            Assert.That(asMember, Does.StartWith("Rules in this workspace"));
            Assert.That(revoked, Does.StartWith("Done: revoked <@U-member>'s admin rights"));
            Assert.That(await _script.AdminAsync("rules", AdminScript.Member, channel: "C9"), Does.StartWith("Sorry"));
        }
    }

    [TestCase("grant", "Use `/ally admin grant @person`.")]
    [TestCase("grant bob", "I couldn't tell who 'bob' is. Choose them from the @-mention list so it becomes a mention.")]
    [TestCase("revoke <@U-nobody>", "<@U-nobody> was not granted admin rights here (platform admins keep theirs through their role).")]
    public async Task Grant_BadInput_ClearAnswer(string text, string expected)
    {
        Assert.That(await _script.AdminAsync(text), Is.EqualTo(expected));
    }

    [Test]
    public async Task Grant_Twice_SaysAlready()
    {
        await _script.AdminAsync("grant <@U-member>");

        Assert.That(await _script.AdminAsync("grant <@U-member>"), Is.EqualTo("<@U-member> can use `/ally admin` already."));
    }
}
