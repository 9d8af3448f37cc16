using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AllyBot.Core.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace AllyBot.Host.Tests.Playground;

/// <summary><c>GET/POST /playground/settings</c>: the Core settings view and its buttons, as the playground page uses them.</summary>
public sealed class PlaygroundSettingsEndpointsTests : PlaygroundHostTests
{
    [Test]
    public async Task Get_Member_ShowsTheirOwnButtonsAndNoAdminPart()
    {
        var view = await GetAsync("sam");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(view.GetProperty("user").GetString(), Is.EqualTo("sam"));
            Assert.That(view.GetProperty("channel").GetString(), Is.EqualTo("general"));
            Assert.That(view.GetProperty("admin").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(view.GetProperty("notice").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(view.GetProperty("member").GetProperty("snoozedUntil").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(Commands(view.GetProperty("member")), Is.EqualTo(new[] { "snooze 1h", "snooze 1d", "optout nudges", "optout prompts", "optout counting" }));
        }
    }

    [Test]
    public async Task Get_Admin_ShowsTheWorkspacePartWithSeverityNames()
    {
        await Client.BecomeAdminAsync("alex");

        var admin = (await GetAsync("alex")).GetProperty("admin");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(admin.GetProperty("severityFloor").GetString(), Is.EqualTo("suggestion"));
            Assert.That(admin.GetProperty("customRuleCount").GetInt32(), Is.Zero);
            Assert.That(admin.GetProperty("thisChannelOff").GetBoolean(), Is.False);
            Assert.That(Commands(admin), Does.Contain("admin severity-floor warning").And.Contain("admin channel off <#general>"));
        }
    }

    [Test]
    public async Task Get_AskedBeforeBecomingFacilitator_ShowsTheAdminPartRightAfter()
    {
        var before = await GetAsync("alex");
        await Client.BecomeAdminAsync("alex");

        var after = await GetAsync("alex");
        await Client.SayAsync("alex", "/ally admin severity-floor warning");
        var typed = await Client.NextFromAllyBotAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(before.GetProperty("admin").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(after.GetProperty("admin").ValueKind, Is.EqualTo(JsonValueKind.Object), "facilitators are the playground's admins, not cached as 'no'");
            Assert.That(typed.GetProperty("text").GetString(), Does.Not.StartWith("Sorry"));
        }
    }

    [TestCase("channel=nope&user=alex", "channel")]
    [TestCase("channel=general&user=mallory", "user")]
    [TestCase("user=alex", "channel")]
    public async Task Get_BadInput_IsAValidationProblemNamingTheField(string query, string field)
    {
        var response = await Client.Http.GetAsync($"/playground/settings?{query}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await ErrorsAsync(response), Does.ContainKey(field));
    }

    [Test]
    public async Task Press_Snooze_AnswersWithTheNoticeAndOffersToEndIt()
    {
        var response = await PressAsync("sam", "snooze 1h");
        var view = await ReadAsync(response);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(view.GetProperty("notice").GetString(), Does.StartWith("Nudges snoozed until"));
            Assert.That(view.GetProperty("member").GetProperty("snoozedUntil").ValueKind, Is.EqualTo(JsonValueKind.String));
            Assert.That(Commands(view.GetProperty("member"))[0], Is.EqualTo("snooze off"));
        }

        await Client.SayAsync("sam", "hey guys");
        Assert.That((await Client.SettleAsync(PendingAsync)).Where(e => e.GetProperty("kind").GetString() == "nudge"), Is.Empty, "snoozed from the panel");
    }

    [Test]
    public async Task Press_AdminButtonAsMember_IsRefusedAndChangesNothing()
    {
        await Client.BecomeAdminAsync("alex");

        var view = await ReadAsync(await PressAsync("sam", "admin severity-floor warning"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(view.GetProperty("notice").GetString(), Does.StartWith("Sorry, `/ally admin` is for workspace admins only."));
            Assert.That(view.GetProperty("admin").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That((await GetAsync("alex")).GetProperty("admin").GetProperty("severityFloor").GetString(), Is.EqualTo("suggestion"));
        }
    }

    [Test]
    public async Task Press_AdminButtonAsAdmin_ChangesTheWorkspaceAndRefreshesTheView()
    {
        await Client.BecomeAdminAsync("alex");

        var view = await ReadAsync(await PressAsync("alex", "admin severity-floor warning"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(view.GetProperty("notice").GetString(), Does.Contain("warning"));
            Assert.That(view.GetProperty("admin").GetProperty("severityFloor").GetString(), Is.EqualTo("warning"));
            Assert.That(Commands(view.GetProperty("admin")), Does.Not.Contain("admin severity-floor warning").And.Contain("admin severity-floor suggestion"));
        }
    }

    [Test]
    public async Task Press_CommandNoButtonOffers_RunsNothing()
    {
        await Client.BecomeAdminAsync("alex");

        var view = await ReadAsync(await PressAsync("alex", "admin rule remove custom/x"));

        Assert.That(view.GetProperty("notice").GetString(), Is.EqualTo("That is not a settings action; nothing changed."));
    }

    [TestCase("""{"channel":"general","user":"alex","command":"  "}""", "command")]
    [TestCase("""{"channel":"general","user":"alex"}""", "command")]
    [TestCase("""{"channel":"nope","user":"alex","command":"snooze 1h"}""", "channel")]
    [TestCase("""{"channel":"general","user":"mallory","command":"snooze 1h"}""", "user")]
    public async Task Press_BadInput_IsAValidationProblemNamingTheField(string body, string field)
    {
        var response = await Client.Http.PostAsync("/playground/settings", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await ErrorsAsync(response), Does.ContainKey(field));
    }

    [Test]
    public async Task Press_TooLongCommand_IsRefused()
    {
        var response = await PressAsync("alex", "snooze " + new string('1', 300));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    private Task<int> PendingAsync() => Factory.Services.GetRequiredService<IInbox>().CountPendingAsync();

    private async Task<JsonElement> GetAsync(string user)
    {
        var response = await Client.Http.GetAsync($"/playground/settings?channel=general&user={user}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return await ReadAsync(response);
    }

    private Task<HttpResponseMessage> PressAsync(string user, string command) =>
        Client.Http.PostAsJsonAsync("/playground/settings", new { channel = "general", user, command });

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    private static async Task<Dictionary<string, string[]>> ErrorsAsync(HttpResponseMessage response) =>
        (await ReadAsync(response)).GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!;

    private static List<string> Commands(JsonElement part) =>
        [.. part.GetProperty("buttons").EnumerateArray().Select(b => b.GetProperty("command").GetString()!)];
}
