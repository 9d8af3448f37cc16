using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AllyBot.Core.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace AllyBot.Host.Tests.Playground;

/// <summary><c>POST /playground/rules</c>: the playground's "Add a custom rule" form, admins only, checked like <c>/ally admin rule add</c>.</summary>
public sealed class PlaygroundRuleEndpointTests : PlaygroundHostTests
{
    [Test]
    public async Task AddRule_AdminWithValidFields_AddsTheRuleAndTheNextMessageIsNudged()
    {
        await Client.BecomeAdminAsync("alex");

        var response = await AddAsync(Unicorn());
        var added = await ReadAsync(response);
        await Client.SayAsync("priya", "we are hiring a unicorn for the data team");
        var nudge = await Client.NextFromAllyBotAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(added.GetProperty("ruleId").GetString(), Is.EqualTo("custom/unicorn-hire"));
            Assert.That(nudge.GetProperty("kind").GetString(), Is.EqualTo("nudge"));
            Assert.That(nudge.GetProperty("user").GetString(), Is.EqualTo("priya"));
            Assert.That(nudge.GetProperty("items")[0].GetProperty("ruleId").GetString(), Is.EqualTo("custom/unicorn-hire"));
            Assert.That(nudge.GetProperty("items")[0].GetProperty("suggestions")[0].GetString(), Is.EqualTo("versatile engineer"));
        }
    }

    [Test]
    public async Task AddRule_IdWithTheCustomPrefix_KeepsOnePrefix()
    {
        await Client.BecomeAdminAsync("alex");

        var added = await ReadAsync(await AddAsync(Unicorn() with { Id = "custom/unicorn-hire" }));

        Assert.That(added.GetProperty("ruleId").GetString(), Is.EqualTo("custom/unicorn-hire"));
    }

    [Test]
    public async Task AddRule_NonAdmin_IsForbiddenAndAddsNothing()
    {
        await Client.BecomeAdminAsync("alex");

        var response = await AddAsync(Unicorn() with { User = "sam" });
        var problem = await ReadAsync(response);
        await Client.SayAsync("priya", "we are hiring a unicorn for the data team");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(problem.GetProperty("detail").GetString(), Does.StartWith("Sorry, custom rules are for workspace admins only."));
            Assert.That((await Client.SettleAsync(PendingAsync)).Where(e => e.GetProperty("kind").GetString() == "nudge"), Is.Empty);
        }
    }

    [Test]
    public async Task AddRule_FlagExampleItDoesNotFlag_GivesTheExactErrorUnderFlag()
    {
        await Client.BecomeAdminAsync("alex");

        var response = await AddAsync(Unicorn() with { Flag = ["we are hiring a generalist", "we are hiring a unicorn"] });
        var errors = await ErrorsAsync(response);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(errors.Keys, Is.EqualTo(new[] { "flag" }));
            Assert.That(errors["flag"], Is.EqualTo(new[] { "custom rule: examples.flag[0]: \"we are hiring a generalist\" should be flagged by this rule but is not" }));
        }
    }

    [Test]
    public async Task AddRule_SameIdTwice_SaysItExistsUnderId()
    {
        await Client.BecomeAdminAsync("alex");
        await AddAsync(Unicorn());

        var errors = await ErrorsAsync(await AddAsync(Unicorn()));

        Assert.That(errors["id"], Is.EqualTo(new[] { "custom rule: id: 'custom/unicorn-hire' exists already; remove it first or choose another name" }));
    }

    [Test]
    public async Task AddRule_MissingMessageAndWords_NamesBothFields()
    {
        await Client.BecomeAdminAsync("alex");

        var errors = await ErrorsAsync(await AddAsync(Unicorn() with { Message = "  ", Words = [] }));

        Assert.That(errors.Keys, Is.SupersetOf(new[] { "message", "words" }));
    }

    [Test]
    public async Task AddRule_TooLong_SaysHowLongUnderTheWholeRule()
    {
        await Client.BecomeAdminAsync("alex");

        var errors = await ErrorsAsync(await AddAsync(Unicorn() with { Why = new string('a', 5000) }));

        Assert.That(errors["rule"], Has.Length.EqualTo(1).And.Some.Match(@"^custom rule: is \d+ characters long; a custom rule is at most 4000$"));
    }

    [TestCase("loud", "severity")]
    [TestCase(null, "severity")]
    public async Task AddRule_BadSeverity_IsAValidationProblem(string? severity, string field)
    {
        await Client.BecomeAdminAsync("alex");

        var response = await AddAsync(Unicorn() with { Severity = severity });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await ErrorsAsync(response))[field], Is.EqualTo(new[] { "Choose one of: info, suggestion, warning." }));
    }

    [Test]
    public async Task AddRule_UnknownUser_IsAValidationProblem()
    {
        var errors = await ErrorsAsync(await AddAsync(Unicorn() with { User = "mallory" }));

        Assert.That(errors, Does.ContainKey("user"));
    }

    private Task<int> PendingAsync() => Factory.Services.GetRequiredService<IInbox>().CountPendingAsync();

    private static RuleForm Unicorn() => new(
        "general",
        "alex",
        "unicorn-hire",
        "suggestion",
        ["unicorn"],
        null,
        ["versatile engineer", "experienced generalist"],
        "\"{match}\" sets a bar no one meets; \"{suggestion}\" says what you need.",
        "Asking for a unicorn tells capable people they need not apply.",
        ["we are hiring a unicorn", "looking for a unicorn to lead data"],
        ["we are hiring a versatile engineer", "the kids love the toy horse"]);

    private Task<HttpResponseMessage> AddAsync(RuleForm form) => Client.Http.PostAsJsonAsync("/playground/rules", form, JsonSerializerOptions.Web);

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    private static async Task<Dictionary<string, string[]>> ErrorsAsync(HttpResponseMessage response) =>
        (await ReadAsync(response)).GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!;

    /// <summary>The form's JSON body, as the page sends it.</summary>
    private sealed record RuleForm(
        string Channel, string User, string Id, string? Severity, string[] Words, string? Pattern, string[] Suggestions, string Message, string Why, string[] Flag, string[] Pass);
}
