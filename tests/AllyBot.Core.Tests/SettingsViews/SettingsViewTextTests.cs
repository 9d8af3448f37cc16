using AllyBot.Core.Commands;
using AllyBot.Core.Conversations;
using AllyBot.Core.Tests.Commands.Admin;

namespace AllyBot.Core.Tests.SettingsViews;

public sealed class SettingsViewTextTests
{
    [Test]
    public async Task SettingsCommand_Member_NoWorkspaceSection()
    {
        var script = new AdminScript();

        var text = await Run(script, AdminScript.Member, "");

        Assert.That(text, Does.Contain("*Your settings*"));
        Assert.That(text, Does.Contain("`/ally optout nudges`"));
        Assert.That(text, Does.Not.Contain("Workspace settings"));
    }

    [Test]
    public async Task SettingsCommand_Admin_WorkspaceSectionWithCommands()
    {
        var script = new AdminScript();

        var text = await Run(script, AdminScript.Admin, "");

        Assert.That(text, Does.Contain("*Workspace settings (admins)*"));
        Assert.That(text, Does.Contain("• Severity floor: suggestion"));
        Assert.That(text, Does.Contain("`/ally admin severity-floor warning`"));
    }

    [Test]
    public async Task SettingsCommand_WithArguments_Explains()
    {
        Assert.That(await Run(new AdminScript(), AdminScript.Member, "admin"), Is.EqualTo("`/ally settings` takes nothing after it."));
    }

    private static Task<string> Run(AdminScript script, string user, string arguments) =>
        new SettingsCommand(script.Views).RunAsync(
            new CommandContext(new ChatCommand(script.Channel("C1"), new ChatUser(user), "settings " + arguments), script.Pseudonymizer.KeyFor(script.Channel("C1"), user), script.Clock.GetUtcNow()),
            arguments);
}
