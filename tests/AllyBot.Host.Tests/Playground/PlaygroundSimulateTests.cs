using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Core.Scheduling;
using AllyBot.Host.Playground;
using Microsoft.Extensions.DependencyInjection;

namespace AllyBot.Host.Tests.Playground;

/// <summary><c>POST /playground/simulate</c>: validation, and that it writes counts and snapshots only.</summary>
public sealed class PlaygroundSimulateTests
{
    private AllyBotFactory _factory = null!;
    private HttpClient _http = null!;

    [SetUp]
    public void Start()
    {
        _factory = new AllyBotFactory();
        _http = _factory.CreateClient();
    }

    [TearDown]
    public void Stop()
    {
        _http.Dispose();
        _factory.Dispose();
    }

    [TestCase("""{"channel":"nope","weeks":8}""", "channel")]
    [TestCase("""{"weeks":8}""", "channel")]
    [TestCase("""{"channel":"general","weeks":0}""", "weeks")]
    [TestCase("""{"channel":"general","weeks":13}""", "weeks")]
    [TestCase("""{"channel":"general","weeks":-1}""", "weeks")]
    [TestCase("""{"channel":"general"}""", "weeks")]
    public async Task Simulate_InvalidRequest_Returns400ValidationProblem(string body, string field)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        var response = await _http.PostAsync("/playground/simulate", content);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), Is.True, $"an error for {field}");
    }

    [Test]
    public async Task Simulate_InvalidRequest_WritesNothing()
    {
        var response = await _http.PostAsJsonAsync("/playground/simulate", new { channel = "general", weeks = 13 });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));

        var (counted, snapshots) = await StoredAsync("general");
        Assert.That(counted, Is.Empty);
        Assert.That(snapshots, Is.Empty);
    }

    [Test]
    public async Task Simulate_EightWeeks_WritesDailyCountsAndEvenWeeklySnapshotsWithoutText()
    {
        var response = await _http.PostAsJsonAsync("/playground/simulate", new { channel = "engineering", weeks = 8 });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(answer.RootElement.GetProperty("members").GetInt32(), Is.EqualTo(6));
        Assert.That(answer.RootElement.GetProperty("snapshots").GetInt32(), Is.EqualTo(8));
        Assert.That(answer.RootElement.GetProperty("messages").GetInt32(), Is.GreaterThanOrEqualTo(30));

        var (counted, snapshots) = await StoredAsync("engineering");
        Assert.That(counted, Has.Count.EqualTo(6), "one pseudonym per human member");
        Assert.That(counted.Keys, Has.None.AnyOf("alex", "priya", "sam", "jordan", "mei", "tomas"), "pseudonyms, never ids");
        Assert.That(snapshots, Has.Count.EqualTo(8));
        Assert.That(snapshots.Select(s => s.Entropy), Has.All.GreaterThan(0.9), "earlier weeks were even");

        var (otherChannel, _) = await StoredAsync("random");
        Assert.That(otherChannel, Is.Empty);
    }

    private async Task<(IReadOnlyDictionary<string, int> Counted, IReadOnlyList<AllyBot.Core.Voices.VoicesSnapshot> Snapshots)> StoredAsync(string channelId)
    {
        var channel = new ChatAddress(ChatPlatform.Playground, PlaygroundOptions.Workspace, channelId);
        var today = DateOnly.FromDateTime(_factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var counted = await _factory.Services.GetRequiredService<IParticipationCounter>().SumByMemberAsync(channel, today.AddDays(-60), today);
        var snapshots = await _factory.Services.GetRequiredService<IVoicesSnapshotStore>().ListBeforeAsync(channel, IsoWeek.Of(today.AddDays(7)), 52);
        return (counted, snapshots);
    }
}
