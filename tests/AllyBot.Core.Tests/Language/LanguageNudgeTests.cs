using AllyBot.Core.Telemetry;
using AllyBot.Testing;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace AllyBot.Core.Tests.Language;

/// <summary>The nudge path with a bilingual rule set: German messages get German suggestions, other languages silence.</summary>
public sealed class LanguageNudgeTests
{
    private readonly ConversationScript _script = new(GermanTestRules.Set);

    [Test]
    public async Task Say_GermanMessage_NudgesWithTheGermanSuggestion()
    {
        var nudge = await _script.SayAsync("U1", "Können wir das heute noch fertig machen, Jungs?");

        Assert.Multiple(() =>
        {
            Assert.That(nudge!.Items.Select(i => i.RuleId), Is.EqualTo(new[] { "gendered-language/de-jungs" }));
            Assert.That(nudge.Items[0].Message, Is.EqualTo("Try \"Leute\" instead of \"Jungs\"."));
        });
    }

    [Test]
    public async Task Say_MessageInLanguageWithoutRules_StaysSilentAndCountsTheReason()
    {
        using var suppressed = new MetricCollector<long>(_script.MeterFactory, AllyBotMetrics.MeterName, "allybot.nudges.suppressed");

        var nudge = await _script.SayAsync("U1", "Est-ce que les guys peuvent vérifier ça avant la réunion? C'est crazy.");

        Assert.Multiple(() =>
        {
            Assert.That(nudge, Is.Null);
            Assert.That(_script.Sender.Sent, Is.Empty);
            Assert.That(suppressed.GetMeasurementSnapshot().Single().Tags["reason"], Is.EqualTo(SuppressionReasons.Language));
        });
    }

    [Test]
    public async Task Tips_GermanNamed_ListsGermanCategoriesAndOffersOthers()
    {
        var german = await _script.AllyAsync("U1", "tips de");
        var english = await _script.AllyAsync("U1", "tips");

        Assert.Multiple(() =>
        {
            Assert.That(german, Does.StartWith("AllyBot looks out for these in German (de)").And.Contain("`/ally tips en`"));
            Assert.That(english, Does.StartWith("AllyBot looks out for these in English (en)").And.Contain("`/ally tips de`"));
        });
    }

    [Test]
    public async Task Tips_GermanCategory_ListsGermanRules() =>
        Assert.That(await _script.AllyAsync("U1", "tips de ableism"), Does.Contain("instead of \"verrückt\", try \"irre\""));
}
