using System.Text.Json.Nodes;
using AllyBot.Core.Conversations;
using AllyBot.Core.Replies;
using AllyBot.Rules.Model;
using AllyBot.Slack.Outbound;
using AllyBot.Slack.Tests.Support;

namespace AllyBot.Slack.Tests.Outbound;

public sealed class SlackNudgeRendererTests
{
    internal static readonly Nudge TwoItems = new(
        new ChatAddress(ChatPlatform.Slack, "T0AB12CD3", "C0GENERAL1"),
        "U0AUTHOR1",
        "1763900000.000100",
        [
            new NudgeItem("gendered-terms/guys-for-groups", Severity.Suggestion, "guys", "\"guys\" can leave people out when you mean everyone.",
                ["folks", "everyone", "team"], "Many people don't identify as guys, & a group greeting should include them.", "https://example.org/why-folks"),
            new NudgeItem("ableism/crazy", Severity.Suggestion, "crazy <plan>", "\"crazy\" can stigmatise mental illness.",
                ["wild", "surprising"], "Using mental-health words as put-downs adds to stigma.", null),
        ]);

    [Test]
    public void Render_TwoItems_MatchesRecordedBlockKit()
    {
        var blocks = SlackNudgeRenderer.Render(TwoItems);

        var expected = JsonNode.Parse(Payloads.Read("nudge-blocks.json"));
        Assert.That(JsonNode.DeepEquals(blocks, expected), Is.True, blocks.ToJsonString(new() { WriteIndented = true }));
    }

    [Test]
    public void Render_Buttons_CarryRuleIdsSeparatedBySpaces()
    {
        var actions = SlackNudgeRenderer.Render(TwoItems).Last()!;

        Assert.That(actions["type"]!.GetValue<string>(), Is.EqualTo("actions"));
        var buttons = actions["elements"]!.AsArray();
        Assert.That(buttons.Select(b => b!["action_id"]!.GetValue<string>()), Is.EqualTo(new[] { NudgeActions.Thanks, NudgeActions.NotHelpful, NudgeActions.Snooze }));
        Assert.That(buttons.Select(b => b!["text"]!["text"]!.GetValue<string>()), Is.EqualTo(new[] { "Thanks", "Not helpful here", "Snooze 24h" }));
        Assert.That(buttons.Select(b => b!["value"]!.GetValue<string>()), Is.All.EqualTo("gendered-terms/guys-for-groups ableism/crazy"));
    }

    [Test]
    public void Render_ManyItems_ShowsAtMostTheLimit()
    {
        var item = TwoItems.Items[0];
        var many = TwoItems with { Items = [.. Enumerable.Range(0, 30).Select(i => item with { RuleId = $"r/{i}" })] };

        var blocks = SlackNudgeRenderer.Render(many);

        Assert.That(blocks, Has.Count.EqualTo(1 + (2 * SlackNudgeRenderer.MaxItems) + 1));
    }

    [Test]
    public void Render_UserText_IsEscapedForMrkdwn()
    {
        var text = SlackNudgeRenderer.Render(TwoItems)[3]!["text"]!["text"]!.GetValue<string>();

        Assert.That(text, Does.Contain("crazy &lt;plan&gt;").And.Not.Contain("crazy <plan>"));
    }
}
