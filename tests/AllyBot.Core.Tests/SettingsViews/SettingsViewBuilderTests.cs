using AllyBot.Core.Tests.Commands.Admin;
using AllyBot.Rules.Model;

namespace AllyBot.Core.Tests.SettingsViews;

public sealed class SettingsViewBuilderTests
{
    [Test]
    public async Task Build_Member_OwnPartOnly()
    {
        var script = new AdminScript();

        var view = await script.Views.BuildAsync(script.Channel("C1"), AdminScript.Member);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(view.Admin, Is.Null);
            Assert.That(view.Member.SnoozedUntil, Is.Null);
            Assert.That(view.Member.Buttons.Select(b => b.Command), Is.EqualTo(new[] { "snooze 1h", "snooze 1d", "optout nudges", "optout prompts", "optout counting" }));
        }
    }

    [Test]
    public async Task Build_Admin_ShowsWorkspaceSettingsAndTheirButtons()
    {
        var script = new AdminScript();
        await script.AdminAsync("disable ableism");
        await script.AdminAsync("disable gendered-language/guys in <#C1>");
        await script.AdminAsync("channel off <#C1>");

        var view = await script.Views.BuildAsync(script.Channel("C1"), AdminScript.Admin);

        var admin = view.Admin!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(admin.SeverityFloor, Is.EqualTo(Severity.Suggestion));
            Assert.That(admin.Disabled, Is.EqualTo(new[] { "ableism" }));
            Assert.That(admin.DisabledInChannel, Is.EqualTo(new[] { "gendered-language/guys" }));
            Assert.That(admin.ThisChannelOff, Is.True);
            Assert.That(admin.CustomRuleCount, Is.Zero);
            Assert.That(admin.Buttons.Select(b => b.Command), Is.EqualTo(new[]
            {
                "admin severity-floor info", "admin severity-floor warning", "admin channel on <#C1>", "admin enable ableism", "admin enable gendered-language/guys in <#C1>",
            }));
        }
    }

    [Test]
    public async Task Build_Snoozed_OffersToEndTheSnooze()
    {
        var script = new AdminScript();
        await script.Settings.ApplyAsync(script.Channel("C1"), AdminScript.Member, "snooze 2h");

        var view = await script.Views.BuildAsync(script.Channel("C1"), AdminScript.Member);

        Assert.That(view.Member.SnoozedUntil, Is.EqualTo(script.Clock.GetUtcNow() + TimeSpan.FromHours(2)));
        Assert.That(view.Member.Buttons[0].Command, Is.EqualTo("snooze off"));
    }
}
