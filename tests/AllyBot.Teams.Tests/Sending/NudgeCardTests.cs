using System.Text.Json.Nodes;
using AllyBot.Core.Conversations;
using AllyBot.Core.Replies;
using AllyBot.Rules.Model;
using AllyBot.Teams.Sending;

namespace AllyBot.Teams.Tests.Sending;

public sealed class NudgeCardTests
{
    private static readonly Nudge Nudge = new(
        new ChatAddress(ChatPlatform.Teams, "tenant", "19:abc@thread.tacv2"),
        "29:user",
        "1",
        [
            new NudgeItem("gendered-language/guys", Severity.Suggestion, "guys", "'guys' can leave people out.", ["folks", "everyone"], "Not everyone identifies as a guy.", "https://example.org/guys"),
            new NudgeItem("ableism/crazy", Severity.Warning, "crazy", "'crazy' can hurt.", [], "It stigmatises mental illness.", "javascript:alert(1)"),
        ]);

    private static JsonObject Card => NudgeCard.Build(Nudge);

    [Test]
    public void Build_Card_IsAdaptiveCard15()
    {
        Assert.That(Card["type"]!.GetValue<string>(), Is.EqualTo("AdaptiveCard"));
        Assert.That(Card["version"]!.GetValue<string>(), Is.EqualTo("1.5"));
    }

    [Test]
    public void Build_Buttons_AreExecuteActionsWithNudgeVerbsAndRuleIds()
    {
        var actions = Card["actions"]!.AsArray().Select(a => a!.AsObject()).ToList();

        Assert.That(actions.Select(a => a["type"]!.GetValue<string>()), Is.All.EqualTo("Action.Execute"));
        Assert.That(actions.Select(a => a["title"]!.GetValue<string>()), Is.EqualTo(new[] { "Thanks", "Not helpful here", "Snooze 24h" }));
        Assert.That(actions.Select(a => a["verb"]!.GetValue<string>()), Is.EqualTo(new[] { NudgeActions.Thanks, NudgeActions.NotHelpful, NudgeActions.Snooze }));
        Assert.That(actions[1]["data"]!["ruleIds"]!.AsArray().Select(r => r!.GetValue<string>()), Is.EqualTo(new[] { "gendered-language/guys", "ableism/crazy" }));
        Assert.That(actions[1]["data"]!["action"]!.GetValue<string>(), Is.EqualTo(NudgeActions.NotHelpful));
    }

    [Test]
    public void Build_EachItem_HasSuggestionsAndAHiddenWhyToggled()
    {
        var json = Card.ToJsonString();

        Assert.That(json, Does.Contain("Try: folks, everyone"));
        Assert.That(json, Does.Contain("\"Action.ToggleVisibility\""));
        Assert.That(json, Does.Contain("\"targetElements\":[\"why-0\"]"));
        Assert.That(json, Does.Contain("\"id\":\"why-1\",\"isVisible\":false"));
        Assert.That(json, Does.Contain("Not everyone identifies as a guy."));
    }

    [Test]
    public void Build_Links_OnlyHttpsAreShown()
    {
        var json = Card.ToJsonString();

        Assert.That(json, Does.Contain("[Learn more](https://example.org/guys)"));
        Assert.That(json, Does.Not.Contain("javascript:"));
    }
}
