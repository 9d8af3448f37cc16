using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using AllyBot.Host.Tests.Edges;
using Microsoft.Data.Sqlite;
using static AllyBot.Host.Tests.Edges.SlackRequests;

namespace AllyBot.Host.Tests.Crash;

/// <summary>
/// The real host as a child process, killed with SIGKILL in the middle of a burst while a nudge is on its way to a
/// (slow, fake) Slack, then started again on the same SQLite file; Slack re-delivers every event, as it does when an
/// ack was lost. Every accepted event is nudged, and nothing twice: counted in the database and in Slack's log.
/// The fake Slack drops the call that was in flight when the host died (see <see cref="FakeSlackWebApi.DeadCallers"/>);
/// a host killed after Slack completed a call but before it marked the row sent would send that one nudge again
/// (at-least-once: no platform offers an idempotency key for chat.postEphemeral), which this test does not cover.
/// </summary>
[NonParallelizable]
public sealed class CrashRecoveryTests
{
    private const string SigningSecret = "crash-test-signing-secret-0123456789";
    private const int Events = 30;
    private readonly List<HostProcess> _hosts = [];
    private FakeSlackWebApi _slack = null!;
    private string _folder = "";

    [SetUp]
    public async Task Start()
    {
        _folder = Path.Combine(Path.GetTempPath(), "allybot-crash-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _slack = await FakeSlackWebApi.StartAsync();
    }

    [TearDown]
    public async Task Stop()
    {
        // Every child dies here, whatever the test did, so none outlives the run.
        foreach (var host in _hosts)
        {
            host.Dispose();
        }

        await _slack.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Test]
    public async Task KillMidBurst_Restart_EveryAcceptedEventNudgedExactlyOnce()
    {
        var clock = Stopwatch.StartNew();
        _slack.Delay = TimeSpan.FromMilliseconds(100);
        var first = await StartHostAsync("xoxb-crash-first");

        using var client = new HttpClient { BaseAddress = first.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deliveries = Enumerable.Range(0, Events).Select(i => DeliverAsync(client, i)).ToList();

        // Kill while a nudge is inside Slack and a few are already out (mid-burst, mid-send), at a moment when every
        // call Slack completed is marked sent: the at-least-once window above is not what this test is about.
        var waited = Stopwatch.StartNew();
        while (!(Nudges().Count >= 3 && _slack.InFlight > 0 && Count("SELECT COUNT(*) FROM outbox WHERE status = 'sent'") == Nudges().Count)
            && waited.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(2);
        }

        // From here Slack completes none of the first host's calls, so the calls it completed are final: once every one
        // of them is marked sent (a call may have completed just after the check above), the kill cannot fall between
        // Slack's answer and the host's mark.
        _slack.DeadCallers["Bearer xoxb-crash-first"] = true;
        await WaitUntilAsync(() => Count("SELECT COUNT(*) FROM outbox WHERE status = 'sent'") == Nudges().Count, TimeSpan.FromSeconds(5));
        first.Kill();
        var accepted = (await Task.WhenAll(deliveries)).Where(a => a.Accepted).Select(a => a.Event).ToList();
        var nudgedBeforeCrash = Nudges().Count;

        var second = await StartHostAsync("xoxb-crash-second");
        using var retryClient = new HttpClient { BaseAddress = second.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var redelivered = await Task.WhenAll(Enumerable.Range(0, Events).Select(i => DeliverAsync(retryClient, i)));
        await WaitUntilAsync(() => Nudges().Distinct().Count() >= Events && Count("SELECT COUNT(*) FROM outbox WHERE status = 'pending'") == 0, TimeSpan.FromSeconds(25));
        await Task.Delay(500);

        var nudged = Nudges();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(nudgedBeforeCrash, Is.InRange(3, Events - 1), "the host was killed mid-burst");
            Assert.That(accepted, Is.Not.Empty);
            Assert.That(redelivered.All(r => r.Accepted), Is.True, "the restarted host acks every re-delivery");
            Assert.That(nudged.Distinct(), Is.SupersetOf(accepted.Select(User)), "nothing accepted is lost");
            Assert.That(nudged, Has.Count.EqualTo(Events).And.Count.EqualTo(nudged.Distinct().Count()), $"each event nudged once: nothing twice; twice: {string.Join(",", nudged.GroupBy(u => u).Where(g => g.Count() > 1).Select(g => g.Key))}; before crash {nudgedBeforeCrash}; order: {string.Join(",", nudged.Select(u => u[^2..]))}; retried: {string.Join(",", Rows("SELECT id || ':' || attempts || ':' || COALESCE(last_error, '') FROM outbox WHERE attempts > 0"))}");
            Assert.That(Count("SELECT COUNT(*) FROM inbox"), Is.EqualTo(Events), "one inbox row per event, re-deliveries deduplicated");
            Assert.That(Count("SELECT COUNT(*) FROM inbox WHERE done = 0"), Is.Zero);
            Assert.That(Count("SELECT COUNT(*) FROM outbox WHERE status = 'sent'"), Is.EqualTo(Events), "one sent outbox row per nudge");
            Assert.That(Count("SELECT COUNT(*) FROM outbox WHERE status <> 'sent'"), Is.Zero);
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(60)));
        }
    }

    private async Task<HostProcess> StartHostAsync(string botToken)
    {
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings__AllyBot"] = $"Data Source={Path.Combine(_folder, "allybot.db")}",
            ["Privacy__PseudonymSecret"] = Convert.ToBase64String(new byte[32]),
            ["DataProtection__KeysPath"] = Path.Combine(_folder, "keys"),
            ["Rules__Path"] = Path.Combine(RepositoryRoot(), "rules"),
            ["Playground__Enabled"] = "false",
            ["Slack__SigningSecret"] = SigningSecret,
            ["Slack__BotToken"] = botToken,
            ["Slack__ApiBaseUrl"] = _slack.BaseUrl,
            ["Inbox__Lease"] = "00:00:03",
            ["Inbox__PollInterval"] = "00:00:00.200",
            ["Outbox__Lease"] = "00:00:03",
            ["Outbox__PollInterval"] = "00:00:00.200",
        };
        var host = await HostProcess.StartAsync(HostDll(), settings, TimeSpan.FromSeconds(20));
        _hosts.Add(host);
        return host;
    }

    private static async Task<(int Event, bool Accepted)> DeliverAsync(HttpClient client, int n)
    {
        try
        {
            var response = await client.SendAsync(Signed(Event(n)));
            return (n, response.StatusCode == HttpStatusCode.OK);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return (n, false);
        }
    }

    private List<string> Nudges() =>
        [.. _slack.Calls.Where(c => c.Method == "chat.postEphemeral").Select(c => c.Fields["user"])];

    private List<string> Rows(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "allybot.db")}");
        connection.Open();
        using var command = new SqliteCommand(sql, connection);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private long Count(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "allybot.db")}");
        connection.Open();
        using var command = new SqliteCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        while (!condition() && waited.Elapsed < timeout)
        {
            await Task.Delay(100);
        }
    }

    private static string User(int n) => $"U0CRASH{n:D3}";

    private static string Event(int n) =>
        File.ReadAllText(Path.Combine(RepositoryRoot(), "tests", "AllyBot.Slack.Tests", "Payloads", "event-message-channel.json"))
            .Replace("U0AUTHOR1", User(n), StringComparison.Ordinal)
            .Replace("Ev0MSGCHAN01", $"Ev0CRASH{n:D3}", StringComparison.Ordinal)
            .Replace("1763900000.000100", $"1763900000.{n + 100:D6}", StringComparison.Ordinal)
            .Replace("6d1f0c7e-1f64-4d0e-9b83-2b0b8f7b9c11", $"00000000-0000-4000-8000-{n:D12}", StringComparison.Ordinal);

    /// <summary>The host built next to this test run, in the same configuration (Debug or Release).</summary>
    private static string HostDll()
    {
        var testDir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        var framework = testDir.Name;
        var configuration = testDir.Parent!.Name;
        var dll = Path.Combine(RepositoryRoot(), "bot", "AllyBot.Host", "bin", configuration, framework, "AllyBot.Host.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build bot/AllyBot.Host ({configuration}) first.", dll);
    }

    private static HttpRequestMessage Signed(string body) => SignedEvent(body, SigningSecret);
}
