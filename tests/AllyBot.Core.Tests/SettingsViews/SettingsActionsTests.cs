using AllyBot.Core.Tests.Commands.Admin;
using AllyBot.Rules.Model;

namespace AllyBot.Core.Tests.SettingsViews;

public sealed class SettingsActionsTests
{
    [Test]
    public async Task Apply_OptOut_SavesAndRefreshesTheView()
    {
        var script = new AdminScript();

        var view = await script.Settings.ApplyAsync(script.Channel("C1"), AdminScript.Member, "optout nudges");

        Assert.That(view.Member.NudgesOff, Is.True);
        Assert.That(view.Notice, Does.StartWith("Done: no more nudges for you."));
        Assert.That(view.Member.Buttons.Select(b => b.Command), Does.Contain("optin nudges"));
    }

    [Test]
    public async Task Apply_SnoozeWithBadDuration_ExplainsAndChangesNothing()
    {
        var script = new AdminScript();

        var view = await script.Settings.ApplyAsync(script.Channel("C1"), AdminScript.Member, "snooze forever");

        Assert.That(view.Member.SnoozedUntil, Is.Null);
        Assert.That(view.Notice, Is.Not.Empty);
    }

    [Test]
    public async Task Apply_AdminSeverityFloor_ChangesAndAuditsLikeTheCommand()
    {
        var script = new AdminScript();

        var view = await script.Settings.ApplyAsync(script.Channel("C1"), AdminScript.Admin, "admin severity-floor warning");

        Assert.That(view.Admin!.SeverityFloor, Is.EqualTo(Severity.Warning));
        Assert.That(view.Notice, Does.StartWith("Done: set the severity floor to warning"));
        var history = await script.WorkspaceAdmin.HistoryAsync(script.Workspace, 5);
        Assert.That(history.Single().Change.ActorId, Is.EqualTo(AdminScript.Admin));
        Assert.That(history.Single().Change.Action, Is.EqualTo("set the severity floor to warning"));
    }

    [Test]
    public async Task Apply_AdminSeverityFloorInvalid_RefusedWithUsage()
    {
        var script = new AdminScript();

        var view = await script.Settings.ApplyAsync(script.Channel("C1"), AdminScript.Admin, "admin severity-floor loud");

        Assert.That(view.Admin!.SeverityFloor, Is.EqualTo(Severity.Suggestion));
        Assert.That(view.Notice, Does.StartWith("Use `/ally admin severity-floor"));
    }

    [Test]
    public async Task Apply_AdminChannelOffThenEnableRule_BothApplied()
    {
        var script = new AdminScript();
        await script.AdminAsync("disable ableism");

        await script.Settings.ApplyAsync(script.Channel("C1"), AdminScript.Admin, "admin channel off <#C1>");
        var view = await script.Settings.ApplyAsync(script.Channel("C1"), AdminScript.Admin, "admin enable ableism");

        Assert.That(view.Admin!.ThisChannelOff, Is.True);
        Assert.That(view.Admin.Disabled, Is.Empty);
    }

    [Test]
    public async Task Apply_AdminActionByNonAdmin_RefusedOnTheServerAndNothingChanges()
    {
        var script = new AdminScript();

        var view = await script.Settings.ApplyAsync(script.Channel("C1"), AdminScript.Member, "admin severity-floor warning");

        Assert.That(view.Admin, Is.Null);
        Assert.That(view.Notice, Does.StartWith("Sorry, `/ally admin` is for workspace admins only."));
        Assert.That((await script.WorkspaceAdmin.GetAsync(script.Workspace)).SeverityFloor, Is.EqualTo(Severity.Suggestion));
        Assert.That(await script.WorkspaceAdmin.HistoryAsync(script.Workspace, 5), Is.Empty);
    }

    [TestCase("forget-me")]
    [TestCase("admin grant <@U-member>")]
    [TestCase("admin import x")]
    [TestCase("")]
    public async Task Apply_CommandNoSettingsViewOffers_RefusedWithoutRunning(string command)
    {
        var script = new AdminScript();

        var view = await script.Settings.ApplyAsync(script.Channel("C1"), AdminScript.Admin, command);

        Assert.That(view.Notice, Is.EqualTo("That is not a settings action; nothing changed."));
        Assert.That(await script.WorkspaceAdmin.HistoryAsync(script.Workspace, 5), Is.Empty);
    }
}
