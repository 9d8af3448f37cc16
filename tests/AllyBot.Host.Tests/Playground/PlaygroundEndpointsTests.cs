using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AllyBot.Core.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace AllyBot.Host.Tests.Playground;

public sealed class PlaygroundEndpointsTests : PlaygroundHostTests
{
    private Task<int> PendingAsync() => Factory.Services.GetRequiredService<IInbox>().CountPendingAsync();

    [Test]
    public async Task PostMessage_FlaggedText_NudgesTheAuthorWithTheShippedRules()
    {
        var response = await Client.SayAsync("alex", "hey guys, quick sanity check before the demo");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        var nudge = await Client.NextFromAllyBotAsync();
        var rules = nudge.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("ruleId").GetString()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(nudge.GetProperty("kind").GetString(), Is.EqualTo("nudge"));
            Assert.That(nudge.GetProperty("user").GetString(), Is.EqualTo("alex"));
            Assert.That(rules, Is.EqualTo(new[] { "gendered-language/guys-for-groups", "technology/sanity-check" }));
            Assert.That(nudge.GetProperty("items")[0].GetProperty("suggestions").GetArrayLength(), Is.GreaterThan(0));
        });
    }

    [Test]
    public async Task PostMessage_SameRuleTwice_NudgesOnce()
    {
        await Client.SayAsync("alex", "hey guys");
        await Client.NextFromAllyBotAsync();
        await Client.SayAsync("alex", "thanks guys");

        var later = await Client.SettleAsync(PendingAsync);

        Assert.That(later.Where(e => e.GetProperty("kind").GetString() == "nudge"), Is.Empty);
    }

    [Test]
    public async Task PostMessage_Bot_IsNeverNudged()
    {
        await Client.SayAsync("deploybot", "deployed, guys");

        var events = await Client.SettleAsync(PendingAsync);

        Assert.That(events.Select(e => e.GetProperty("kind").GetString()), Is.EqualTo(new[] { "message" }));
    }

    [Test]
    public async Task PostMessage_AllyHelp_RepliesPrivatelyWithTheCommands()
    {
        await Client.SayAsync("priya", "/ally help");

        var reply = await Client.NextFromAllyBotAsync();

        Assert.That(reply.GetProperty("kind").GetString(), Is.EqualTo("reply"));
        Assert.That(reply.GetProperty("user").GetString(), Is.EqualTo("priya"));
        Assert.That(reply.GetProperty("text").GetString(), Does.Contain("/ally tips").And.Contain("/ally snooze"));
    }

    [Test]
    public async Task PressButton_Snooze_StopsNudgesUntilTheClockPassesIt()
    {
        await Client.PressAsync("sam", "nudge-snooze", "");
        Assert.That((await Client.NextFromAllyBotAsync()).GetProperty("text").GetString(), Does.StartWith("Nudges snoozed"));
        await Client.SayAsync("sam", "hey guys");
        Assert.That((await Client.SettleAsync(PendingAsync)).Where(e => e.GetProperty("kind").GetString() == "nudge"), Is.Empty);

        var clock = await Client.Http.PostAsJsonAsync("/playground/clock", new { minutes = 25 * 60 });
        await Client.SayAsync("sam", "hey guys");

        Assert.That(clock.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await Client.NextFromAllyBotAsync()).GetProperty("kind").GetString(), Is.EqualTo("nudge"));
    }

    [TestCase("""{"channel":"nope","user":"alex","text":"hi"}""", "channel")]
    [TestCase("""{"channel":"general","user":"mallory","text":"hi"}""", "user")]
    [TestCase("""{"channel":"general","user":"alex","text":"   "}""", "text")]
    public async Task PostMessage_BadInput_IsAValidationProblemNamingTheField(string body, string field)
    {
        var response = await Client.Http.PostAsync("/playground/messages", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), Is.True);
    }

    [Test]
    public async Task PostMessage_TooLong_IsRefused()
    {
        var response = await Client.SayAsync("alex", new string('a', 4001));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task PostMessage_AfterProcessing_LeavesNoMessageTextInTheDatabase()
    {
        const string marker = "zebra-marker-7731 hey guys";
        await Client.SayAsync("jordan", marker);
        await Client.NextFromAllyBotAsync();
        await Client.SettleAsync(PendingAsync);

        using var db = Factory.OpenDatabase();
        var tables = new List<string>();
        using (var list = db.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            using var select = db.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            using var rows = select.ExecuteReader();
            while (rows.Read())
            {
                for (var column = 0; column < rows.FieldCount; column++)
                {
                    Assert.That(rows.IsDBNull(column) ? "" : rows.GetValue(column).ToString(), Does.Not.Contain("zebra-marker"), $"{table}.{rows.GetName(column)}");
                }
            }
        }
    }

    [Test]
    public async Task ForgetMe_AfterANudge_MeShowsNothingStored()
    {
        await Client.SayAsync("jordan", "hey guys");
        await Client.NextFromAllyBotAsync();
        await Client.SayAsync("jordan", "/ally forget-me");
        await Client.NextFromAllyBotAsync();

        await Client.SayAsync("jordan", "/ally me");
        var me = await Client.NextFromAllyBotAsync();

        Assert.That(me.GetProperty("text").GetString(), Does.Contain("nudges in the last 30 days: 0"));
    }

    [Test]
    public async Task AdvanceClock_ZeroMinutes_IsRefused()
    {
        var response = await Client.Http.PostAsJsonAsync("/playground/clock", new { minutes = 0 });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task State_ListsChannelsUsersAndRules()
    {
        using var state = JsonDocument.Parse(await Client.Http.GetStringAsync("/playground/state"));

        Assert.That(state.RootElement.GetProperty("channels").GetArrayLength(), Is.EqualTo(3));
        Assert.That(state.RootElement.GetProperty("rules").GetInt32(), Is.GreaterThanOrEqualTo(150));
    }

    [Test]
    public async Task TeamsMessage_OutsideTheTeamsDevelopmentMode_IsRefusedAndNothingIsQueued()
    {
        using var response = await Factory.CreateClient().PostAsJsonAsync("/playground/teams/messages", new { channel = "general", user = "sam", text = "hey guys" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Teams:AppId"));
        Assert.That(await PendingAsync(), Is.Zero);
    }
}
