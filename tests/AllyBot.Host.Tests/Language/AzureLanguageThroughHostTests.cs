using System.Diagnostics;
using AllyBot.Core.Language;
using AllyBot.Core.Ports;
using AllyBot.Core.Tests.Language.Azure;
using AllyBot.Host.Playground;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AllyBot.Host.Tests.Language;

/// <summary>Azure AI Language wired into the real host, against the loopback fake of the service.</summary>
public sealed class AzureLanguageThroughHostTests
{
    private FakeAnalyzeTextService _service = null!;
    private AllyBotFactory _factory = null!;
    private PlaygroundClient _client = null!;

    [SetUp]
    public async Task StartAsync() => _service = await FakeAnalyzeTextService.StartAsync();

    [TearDown]
    public async Task StopAsync()
    {
        _factory?.Dispose();
        await _service.DisposeAsync();
    }

    private async Task StartHostAsync(bool enrichment = true, Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?> { ["Language:Endpoint"] = _service.Endpoint.ToString(), ["Language:Key"] = "test-key" };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        _factory = new AllyBotFactory(settings);
        _client = new PlaygroundClient(_factory.CreateClient());
        await _factory.Services.GetRequiredService<ILanguageSettingsStore>()
            .SaveAsync(PlaygroundOptions.Workspace, LanguageSettings.Default with { EnrichmentOn = enrichment });
    }

    private List<FakeAnalyzeTextService.RecordedCall> Detections() =>
        [.. _service.Calls.Where(c => c.Body?["kind"]?.GetValue<string>() == "LanguageDetection")];

    [Test]
    public async Task Message_UnsureGuessAndEnrichmentOn_AsksTheServiceWithTheKeyAndNudges()
    {
        await StartHostAsync();

        await _client.SayAsync("jordan", "hey guys");
        var nudge = await _client.NextFromAllyBotAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(nudge.GetProperty("kind").GetString(), Is.EqualTo("nudge"));
            Assert.That(Detections(), Has.Count.EqualTo(1));
            Assert.That(Detections()[0].Key, Is.EqualTo("test-key"));
            Assert.That(Detections()[0].Body!["analysisInput"]!["documents"]![0]!["text"]!.GetValue<string>(), Is.EqualTo("hey guys"));
        }
    }

    [Test]
    public async Task Message_SureLocalGuess_DoesNotAskTheService()
    {
        await StartHostAsync();

        await _client.SayAsync("jordan", "Could you all please take a look at the crazy release notes before we ship them today?");
        await _client.NextFromAllyBotAsync();

        Assert.That(Detections(), Is.Empty);
    }

    [Test]
    public async Task Message_EnrichmentOffForTheWorkspace_DoesNotAskTheService()
    {
        await StartHostAsync(enrichment: false);

        await _client.SayAsync("jordan", "hey guys");
        await _client.NextFromAllyBotAsync();

        Assert.That(_service.Calls, Is.Empty);
    }

    [Test]
    public async Task Message_ServiceSlow_NudgesRulesOnlyWithinTheBudget()
    {
        var release = new TaskCompletionSource();
        _service.Override = async (_, _) =>
        {
            await release.Task.WaitAsync(TimeSpan.FromSeconds(20));
            return null;
        };
        await StartHostAsync();
        var handling = _factory.Services.GetRequiredService<IOptions<LanguageOptions>>().Value.Budget;

        var watch = Stopwatch.StartNew();
        await _client.SayAsync("jordan", "hey guys");
        var nudge = await _client.NextFromAllyBotAsync();
        watch.Stop();
        release.SetResult();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(nudge.GetProperty("kind").GetString(), Is.EqualTo("nudge"));
            Assert.That(Detections(), Is.Not.Empty, "the service was asked");
            // budget + inbox poll interval (200 ms) + slack for a shared 2-core machine; far below the fake's 20 s
            Assert.That(watch.Elapsed, Is.LessThan(handling + TimeSpan.FromSeconds(3)));
        }
    }

    [Test]
    public async Task Message_ServiceFailing_NudgesRulesOnly()
    {
        _service.Override = (_, _) => Task.FromResult<IResult?>(Results.StatusCode(503));
        await StartHostAsync();

        await _client.SayAsync("jordan", "hey guys");
        var nudge = await _client.NextFromAllyBotAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(nudge.GetProperty("kind").GetString(), Is.EqualTo("nudge"));
            Assert.That(nudge.GetProperty("items")[0].GetProperty("ruleId").GetString(), Does.StartWith("gendered-language/"));
            Assert.That(Detections(), Is.Not.Empty);
        }
    }

    [Test]
    public void Services_NoEndpoint_RulesOnlyWithoutAService()
    {
        using var factory = new AllyBotFactory();

        Assert.That(factory.Services.GetRequiredService<ITextAnalysis>().IsConfigured, Is.False);
    }

    private static Dictionary<string, string?> Classifier() => new()
    {
        ["Language:Classification:Project"] = "tone",
        ["Language:Classification:Deployment"] = "prod",
        ["Language:Classification:Labels:0"] = "condescending",
    };

    [Test]
    public async Task Message_ClassifierLabelsIt_NudgesWithTheAzureRuleNextToTheRules()
    {
        // a generous budget: a job is a POST and two polls, and the first call on a cold, shared machine is slow
        var settings = Classifier();
        settings["Language:TimeoutMs"] = "5000";
        await StartHostAsync(extra: settings);

        await _client.SayAsync("jordan", "hey guys, watch your tone");
        var nudge = await _client.NextFromAllyBotAsync();

        Assert.That(nudge.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("ruleId").GetString()),
            Is.EquivalentTo(new[] { "gendered-language/guys-for-groups", "azure/condescending" }));
    }

    [Test]
    public async Task Message_ClassifierSlow_RulesNudgeAloneWithinTheBudget()
    {
        var release = new TaskCompletionSource();
        _service.Override = async (call, _) =>
        {
            if (call.Path.StartsWith("/language/analyze-text/jobs", StringComparison.Ordinal))
            {
                await release.Task.WaitAsync(TimeSpan.FromSeconds(20));
            }

            return null;
        };
        await StartHostAsync(extra: Classifier());

        var watch = Stopwatch.StartNew();
        await _client.SayAsync("jordan", "hey guys, watch your tone");
        var nudge = await _client.NextFromAllyBotAsync();
        watch.Stop();
        release.SetResult();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(nudge.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("ruleId").GetString()), Is.EqualTo(new[] { "gendered-language/guys-for-groups" }));
            // The classifier hangs for 20 s: the nudge came long before, so the rules did not wait for it (the margin
            // is for a loaded 2-core machine; the budget itself is asserted in the unit tests).
            Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
        }
    }

    [Test]
    public async Task Credit_PiiSwitchedOnByAnAdmin_StoresTheRedactedTextAndAuditsTheSwitch()
    {
        await StartHostAsync(enrichment: false);
        await _client.SayAsync("alex", "/ally facilitator add @alex");
        await _client.NextFromAllyBotAsync();

        await _client.SayAsync("alex", "/ally admin pii on");
        var switched = await _client.NextFromAllyBotAsync();
        await _client.SayAsync("alex", "/ally credit @priya Anna and you rewrote the deploy runbook, write to anna@example.com");
        await _client.NextFromAllyBotAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(switched.GetProperty("text").GetString(), Does.StartWith("Done: turned PII redaction of stored credits and notes on."));
            Assert.That(Query("SELECT contribution FROM credits"), Is.EqualTo(new[] { "[Person] and you rewrote the deploy runbook, write to [Email]" }));
            Assert.That(Query("SELECT action FROM admin_audit"), Is.EqualTo(new[] { "turned PII redaction of stored credits and notes on" }));
        }
    }

    private List<string> Query(string sql)
    {
        using var db = _factory.OpenDatabase();
        using var command = db.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
