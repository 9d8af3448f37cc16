using System.Text.Json.Nodes;
using AllyBot.Core.Conversations;
using AllyBot.Core.SettingsViews;
using AllyBot.Rules.Model;
using AllyBot.Slack.Home;

namespace AllyBot.Slack.Tests.Home;

public sealed class SlackHomeViewTests
{
    private static readonly ChatAddress Home = SlackHomeAddress.For("T0AB12CD3");

    private static readonly MemberSettingsPart Member = new(
        null, NudgesOff: true, PromptsOff: false, CountingOff: false, [new("Snooze for 1 hour", "snooze 1h"), new("Turn nudges back on", "optin nudges")]);

    private static readonly AdminSettingsPart Admin = new(
        Severity.Suggestion,
        ["ableism"],
        [],
        ["C0QUIET01"],
        ThisChannelOff: false,
        CustomRuleCount: 2,
        [
            new("Severity floor: warning", "admin severity-floor warning"),
            new("Turn AllyBot off in this channel", "admin channel off <#app-home>"),
            new("Turn ableism back on", "admin enable ableism"),
        ]);

    private static JsonArray Blocks(SettingsView view) => SlackHomeView.Render(view)["blocks"]!.AsArray();

    private static List<JsonObject> Buttons(JsonArray blocks) =>
    [
        .. blocks.SelectMany(b => (string?)b!["type"] == "actions" ? [.. b["elements"]!.AsArray()] : b["accessory"] is { } accessory ? [accessory] : Array.Empty<JsonNode?>())
            .Select(e => e!.AsObject()),
    ];

    [Test]
    public void Render_Member_IsAHomeViewWithOnlyTheirOwnSettingsAndButtons()
    {
        var view = SlackHomeView.Render(new SettingsView(Home, "U1", Member, null));

        Assert.That((string?)view["type"], Is.EqualTo("home"));
        var json = view.ToJsonString();
        Assert.That(json, Does.Contain("*Nudges:* off"));
        Assert.That(json, Does.Not.Contain("Workspace settings"));
        Assert.That(json, Does.Not.Contain(SlackHomeActions.AddRule));
        var buttons = Buttons(view["blocks"]!.AsArray());
        Assert.That(buttons.Select(b => (string?)b["value"]), Is.EqualTo(new[] { "snooze 1h", "optin nudges" }));
        Assert.That(buttons.Select(b => (string?)b["action_id"]), Is.All.StartsWith(SlackHomeActions.Setting + ":"));
        Assert.That(buttons.Select(b => (string?)b["action_id"]).Distinct().Count(), Is.EqualTo(2), "action ids must be unique in a block");
    }

    [Test]
    public void Render_Admin_AddsWorkspacePartButtonsAndAddRule()
    {
        var blocks = Blocks(new SettingsView(Home, "U1", Member, Admin));

        var texts = string.Join("\n", blocks.Select(b => (string?)b!["text"]?["text"]));
        Assert.That(texts, Does.Contain("Workspace settings (admins)"));
        Assert.That(texts, Does.Contain("*Severity floor:* suggestion"));
        Assert.That(texts, Does.Contain("*Silent in:* <#C0QUIET01>"));
        var values = Buttons(blocks).Select(b => (string?)b["value"]).ToList();
        Assert.That(values, Does.Contain("admin severity-floor warning"));
        Assert.That(values, Does.Contain("admin enable ableism"));
        Assert.That(values, Does.Contain("admin channel on <#C0QUIET01>"), "each silent channel can be turned back on");
        Assert.That(texts, Does.Contain("AllyBot is silent in <#C0QUIET01>"));
        Assert.That(Buttons(blocks).Select(b => (string?)b["action_id"]), Is.Unique);
        Assert.That(values, Has.None.Contains("<#app-home>"), "App Home is about no channel");
        Assert.That(Buttons(blocks).Count(b => (string?)b["action_id"] == SlackHomeActions.AddRule), Is.EqualTo(1));
    }

    [Test]
    public void Render_Notice_ComesFirstEscapedButKeepsMentions()
    {
        var blocks = Blocks(new SettingsView(Home, "U1", Member, null, "Done: AllyBot on in <#C0QUIET01> & <b>"));

        Assert.That((string?)blocks[0]!["text"]!["text"], Is.EqualTo("Done: AllyBot on in <#C0QUIET01> &amp; &lt;b&gt;"));
    }

    [Test]
    public void Render_ManyAdminButtons_SplitsIntoBlocksOfAtMost25()
    {
        var many = Admin with { Buttons = [.. Enumerable.Range(0, 40).Select(i => new SettingsButton($"Turn r{i} back on", $"admin enable custom/r{i}"))] };

        var blocks = Blocks(new SettingsView(Home, "U1", Member, many));

        Assert.That(blocks.Where(b => (string?)b!["type"] == "actions").Select(b => b!["elements"]!.AsArray().Count), Has.All.LessThanOrEqualTo(SlackHomeView.MaxButtonsPerBlock));
        Assert.That(Buttons(blocks).Count(b => ((string?)b["value"])!.StartsWith("admin enable", StringComparison.Ordinal)), Is.EqualTo(40));
        var blockIds = blocks.Select(b => (string?)b!["block_id"]).Where(id => id is not null).ToList();
        Assert.That(blockIds, Is.Unique);
    }
}
