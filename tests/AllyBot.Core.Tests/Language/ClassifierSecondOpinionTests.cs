using AllyBot.Core.Conversations;
using AllyBot.Core.Language;
using AllyBot.Core.Tests.Commands.Admin;

namespace AllyBot.Core.Tests.Language;

/// <summary>The custom classifier as a second opinion next to the rules, switched like any rule.</summary>
public sealed class ClassifierSecondOpinionTests
{
    private static readonly ClassifierRules Classifier = new(new LanguageClassificationOptions
    {
        Project = "tone", Deployment = "prod", Labels = ["condescending", "dismissive"], MinConfidence = 0.7,
    });

    private static FakeTextAnalysis Says(string label, double confidence = 0.9) =>
        new() { Labels = t => t.Contains("tone", StringComparison.Ordinal) ? [new ClassLabel(label, confidence)] : [new ClassLabel("neutral", 0.95)] };

    private static async Task<AdminScript> ScriptAsync(FakeTextAnalysis service, bool enrichment = true)
    {
        var script = new AdminScript(service: service, classifier: Classifier);
        if (enrichment)
        {
            await script.AdminAsync("language on");
        }

        return script;
    }

    [Test]
    public async Task Nudge_ClassifierLabelsTheMessage_NudgesWithTheAzureRule()
    {
        var service = Says("condescending");
        var script = await ScriptAsync(service);

        var nudged = await script.NudgedForAsync("watch your tone, please");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(nudged, Is.EqualTo(new[] { "azure/condescending" }));
            Assert.That(service.Asked, Is.EqualTo(new[] { "watch your tone please" }), "only the prose is sent");
        }
    }

    [Test]
    public async Task Nudge_RuleAndClassifierBothFind_OneNudgeWithBoth()
    {
        var script = await ScriptAsync(Says("condescending"));

        var nudged = await script.NudgedForAsync("hey guys, watch your tone");

        Assert.That(nudged, Is.EquivalentTo(new[] { "gendered-language/guys", "azure/condescending" }));
    }

    [Test]
    public async Task Disable_AzureLabel_ThatLabelNoLongerNudgesButTheRulesDo()
    {
        var script = await ScriptAsync(Says("condescending"));

        var answer = await script.AdminAsync("disable azure/condescending");
        var nudged = await script.NudgedForAsync("hey guys, watch your tone");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer, Is.EqualTo("Done: disabled azure/condescending workspace-wide. (`/ally admin undo` reverts it.)"));
            Assert.That(nudged, Is.EqualTo(new[] { "gendered-language/guys" }));
        }
    }

    [Test]
    public async Task Disable_AzureCategoryInOneChannel_OnlyThereSilent()
    {
        var script = await ScriptAsync(Says("condescending"));

        await script.AdminAsync("disable azure in #C-quiet");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await script.NudgedForAsync("watch your tone", channel: "C-quiet"), Is.Empty);
            Assert.That(await script.NudgedForAsync("watch your tone", channel: "C1"), Is.EqualTo(new[] { "azure/condescending" }));
        }
    }

    [Test]
    public async Task Rules_Listing_ShowsTheAzureRules()
    {
        var script = await ScriptAsync(Says("condescending"));

        Assert.That(await script.AdminAsync("rules azure"), Does.Contain("azure/condescending").And.Contain("azure/dismissive"));
    }

    [Test]
    public async Task Edit_AddsWhatTheClassifierLabels_UpdatesTheNudgeWithTheAzureRule()
    {
        var script = await ScriptAsync(Says("condescending"));
        var at = script.Clock.GetUtcNow();
        await script.Nudger.HandleAsync(new ChatMessage(script.Channel("C1"), "m1", new ChatUser(AdminScript.Member), "hey guys", at));

        var revision = await script.Revisor.HandleEditAsync(new ChatMessageEdit(new ChatMessage(script.Channel("C1"), "m1", new ChatUser(AdminScript.Member), "hey guys, watch your tone", at)));

        Assert.That(revision, Is.EqualTo(AllyBot.Core.Nudging.NudgeRevision.Updated));
    }

    [TestCase("condescending", 0.5)]
    [TestCase("unlisted-label", 0.99)]
    [TestCase("neutral", 0.99)]
    public async Task Nudge_LowConfidenceOrUnlistedLabel_NoFinding(string label, double confidence)
    {
        var script = await ScriptAsync(Says(label, confidence));

        Assert.That(await script.NudgedForAsync("watch your tone"), Is.Empty);
    }

    [Test]
    public async Task Nudge_EnrichmentOff_ClassifierNotAsked()
    {
        var service = Says("condescending");
        var script = await ScriptAsync(service, enrichment: false);

        var nudged = await script.NudgedForAsync("hey guys, watch your tone");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(nudged, Is.EqualTo(new[] { "gendered-language/guys" }));
            Assert.That(service.Asked, Is.Empty);
        }
    }

    [Test]
    public async Task Nudge_ClassifierThrows_RulesStillNudge()
    {
        var service = new FakeTextAnalysis { Labels = _ => throw new InvalidOperationException("boom"), Delay = _ => Task.CompletedTask };
        var script = await ScriptAsync(service);

        Assert.That(await script.NudgedForAsync("hey guys, watch your tone"), Is.EqualTo(new[] { "gendered-language/guys" }));
    }

    [Test]
    public async Task Nudge_ClassifierHasNoAnswer_RulesStillNudge()
    {
        var script = await ScriptAsync(new FakeTextAnalysis());

        Assert.That(await script.NudgedForAsync("hey guys, watch your tone"), Is.EqualTo(new[] { "gendered-language/guys" }));
    }
}
