using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AllyBot.Host.Tests.Edges;
using Npgsql;
using static AllyBot.Host.Tests.Edges.SlackRequests;

namespace AllyBot.Host.Tests.ScaleOut;

/// <summary>
/// Two AllyBot hosts on one PostgreSQL database behind an imaginary load balancer: a burst of Slack deliveries, each
/// delivered twice (once to each instance, as a retry would be), is processed exactly once: one nudge per message.
/// </summary>
[Category("Postgres")]
public sealed class TwoInstancesOnPostgresTests
{
    private const string SigningSecret = "two-instances-signing-secret-0123456789";
    private const int Messages = 1000;
    private string _server = "";
    private string _database = "";
    private FakeSlackWebApi _slack = null!;

    [SetUp]
    public async Task CreateDatabase()
    {
        _server = Environment.GetEnvironmentVariable("ALLYBOT_TEST_POSTGRES") ?? "";
        if (_server.Length == 0)
        {
            Assert.Ignore("set ALLYBOT_TEST_POSTGRES to run PostgreSQL tests");
        }

        _database = $"allybot_two_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(_server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {_database}", connection);
            await create.ExecuteNonQueryAsync();
        }

        _slack = await FakeSlackWebApi.StartAsync();
    }

    [TearDown]
    public async Task DropDatabase()
    {
        if (_database.Length == 0)
        {
            return;
        }

        await _slack.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private AllyBotFactory Instance() => new(new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "Postgres",
        ["ConnectionStrings:AllyBot"] = new NpgsqlConnectionStringBuilder(_server) { Database = _database, MaxPoolSize = 20 }.ConnectionString,
        ["Slack:SigningSecret"] = SigningSecret,
        ["Slack:BotToken"] = "xoxb-two-instances",
        ["Slack:ApiBaseUrl"] = _slack.BaseUrl,
        ["Playground:Enabled"] = "false",
    });

    [Test]
    public async Task Burst_EachDeliveryToBothInstances_NudgesEveryAuthorExactlyOnce()
    {
        using var first = Instance();
        using var second = Instance();
        var clients = new[] { first.CreateClient(), second.CreateClient() };

        var sends = Enumerable.Range(0, Messages).SelectMany(i => new[]
        {
            clients[0].SendAsync(Signed(Event(i))),
            clients[1].SendAsync(Signed(Event(i))),
        });
        var responses = await Task.WhenAll(sends);
        Assert.That(responses.All(r => r.IsSuccessStatusCode), Is.True, "every delivery is acknowledged");

        // Generous: CI runs every test assembly at once on two cores, and this burst is 2,000 signed deliveries.
        var deadline = TimeProvider.System.GetUtcNow().AddMinutes(3);
        while (_slack.Calls.Count(c => c.Method == "chat.postEphemeral") < Messages && TimeProvider.System.GetUtcNow() < deadline)
        {
            await Task.Delay(100);
        }

        await Task.Delay(1000); // room for a duplicate to show up, if there were one
        var nudged = _slack.Calls.Where(c => c.Method == "chat.postEphemeral").Select(c => c.Fields["user"]).ToList();
        var twice = nudged.GroupBy(u => u).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var inbox = await InboxStateAsync();
        Assert.Multiple(() =>
        {
            Assert.That(nudged.Distinct().Count(), Is.EqualTo(Messages), $"authors nudged at least once; inbox: {inbox}");
            Assert.That(twice, Is.Empty, $"authors nudged more than once; inbox: {inbox}");
        });
    }

    /// <summary>The inbox in one line (entries left, retried, given up), so that a failure says where work stopped.</summary>
    private async Task<string> InboxStateAsync()
    {
        var builder = new NpgsqlConnectionStringBuilder(_server) { Database = _database };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand(
            "SELECT count(*) FILTER (WHERE NOT done), count(*) FILTER (WHERE attempts > 0), count(*) FILTER (WHERE done AND attempts > 0), count(*) FROM inbox",
            connection);
        await using var reader = await query.ExecuteReaderAsync();
        await reader.ReadAsync();
        return $"{reader.GetInt64(0)} not done, {reader.GetInt64(1)} retried, {reader.GetInt64(2)} done after a retry, {reader.GetInt64(3)} in all";
    }

    /// <summary>Message <paramref name="i"/>, in one of 50 workspaces (Slack paces calls per workspace, as the real API limits them).</summary>
    private static string Event(int i) => $$"""
        {"token":"x","team_id":"T0SCALE{{i % 50:D2}}","api_app_id":"A0ALLYBOT1","type":"event_callback","event_id":"Ev{{i:D6}}","event_time":1763900000,
         "event":{"type":"message","user":"U{{i:D6}}","text":"hey guys, deploy {{i}} is done","ts":"1763900000.{{i:D6}}","channel":"C0SCALE01","channel_type":"channel","event_ts":"1763900000.{{i:D6}}","team":"T0SCALE{{i % 50:D2}}"},
         "authorizations":[{"team_id":"T0SCALE{{i % 50:D2}}","user_id":"U0ALLYBOT","is_bot":true}]}
        """;

    private static HttpRequestMessage Signed(string body) => SignedEvent(body, SigningSecret);
}
