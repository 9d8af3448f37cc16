using System.Text.Json.Nodes;
using AllyBot.Core.Conversations;
using AllyBot.Core.SettingsViews;
using AllyBot.Rules.Model;
using AllyBot.Teams.Cards;

namespace AllyBot.Teams.Tests.Cards;

public sealed class SettingsCardTests
{
    private static readonly ChatAddress Where = new(ChatPlatform.Teams, "tenant-1", "19:abc@thread.tacv2");

    private static readonly MemberSettingsPart Member = new(null, NudgesOff: true, PromptsOff: false, CountingOff: false, [new("Snooze for 1 hour", "snooze 1h"), new("Turn nudges back on", "optin nudges")]);

    private static readonly AdminSettingsPart Admin = new(
        Severity.Warning, ["ableism"], [], ["19:quiet@thread.tacv2"], ThisChannelOff: false, CustomRuleCount: 2,
        [new("Severity floor: info", "admin severity-floor info"), new("Turn ableism back on", "admin enable ableism")]);

    [Test]
    public void Build_MemberView_ShowsOwnSettingsWithButtonsAndNoAdminPart()
    {
        var card = SettingsCard.Build(new SettingsView(Where, "29:1sam", Member, null));

        var text = card.ToJsonString();
        Assert.That(text, Does.Contain("Your settings"));
        Assert.That(text, Does.Not.Contain(SettingsCard.AdminTitle));
        Assert.That(text, Does.Not.Contain("severity-floor"));
        Assert.That(text, Does.Not.Contain(CardVerbs.RuleForm));
        Assert.That(Buttons(card).Select(b => b["data"]!["command"]!.GetValue<string>()), Is.EqualTo(new[] { "snooze 1h", "optin nudges" }));
        Assert.That(Facts(card), Does.Contain(("Nudges", "off")).And.Contain(("Snooze", "off")));
    }

    [Test]
    public void Build_AdminView_AddsWorkspaceSettingsWithButtonsAndAddRule()
    {
        var card = SettingsCard.Build(new SettingsView(Where, "29:1sam", Member, Admin, "Done: something."));

        Assert.That(card.ToJsonString(), Does.Contain(SettingsCard.AdminTitle).And.Contain("Done: something."));
        Assert.That(Facts(card), Does.Contain(("Severity floor", "warning")).And.Contain(("Turned off", "ableism")).And.Contain(("Custom rules", "2")));
        var buttons = Buttons(card);
        Assert.That(
            buttons.Where(b => b["verb"]!.GetValue<string>() == CardVerbs.Settings).Select(b => b["data"]!["command"]!.GetValue<string>()),
            Is.EqualTo(new[] { "snooze 1h", "optin nudges", "admin severity-floor info", "admin enable ableism" }));
        Assert.That(buttons.Count(b => b["verb"]!.GetValue<string>() == CardVerbs.RuleForm), Is.EqualTo(1));
    }

    [Test]
    public void Build_EveryButton_IsActionExecuteCarryingTheChannelTheViewIsAbout()
    {
        var card = SettingsCard.Build(new SettingsView(Where, "29:1sam", Member, Admin));

        var buttons = Buttons(card);
        Assert.That(buttons.Select(b => b["type"]!.GetValue<string>()), Is.All.EqualTo("Action.Execute"));
        Assert.That(buttons.Select(b => b["data"]!["channel"]!.GetValue<string>()), Is.All.EqualTo(Where.ChannelId));
        Assert.That(buttons.Select(b => b["data"]!["action"]!.GetValue<string>()), Is.EqualTo(buttons.Select(b => b["verb"]!.GetValue<string>())));
        Assert.That(card["version"]!.GetValue<string>(), Is.EqualTo("1.5"));
    }

    private static List<JsonNode> Buttons(JsonNode node) =>
        [.. Descendants(node).Where(n => n is JsonObject o && o["type"]?.GetValue<string>() == "ActionSet").SelectMany(s => s!["actions"]!.AsArray()).Select(a => a!)];

    private static List<(string, string)> Facts(JsonNode node) =>
        [.. Descendants(node).Where(n => n is JsonObject o && o["type"]?.GetValue<string>() == "FactSet")
            .SelectMany(s => s!["facts"]!.AsArray()).Select(f => (f!["title"]!.GetValue<string>(), f["value"]!.GetValue<string>()))];

    private static IEnumerable<JsonNode?> Descendants(JsonNode? node)
    {
        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (var child in children.SelectMany(Descendants))
        {
            yield return child;
        }
    }
}
