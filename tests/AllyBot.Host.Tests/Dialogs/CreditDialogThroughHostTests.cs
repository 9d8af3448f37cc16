using System.Net.Http.Json;
using System.Text.Json;
using AllyBot.Core.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace AllyBot.Host.Tests.Dialogs;

/// <summary>
/// The weekly "credit someone" dialog through the real host and playground: a facilitator schedules it, the clock is
/// fast-forwarded, each member gets one DM, answers it with the picker and a specific description, and Friday's
/// channel post credits the teammate by name and by what they did.
/// </summary>
public sealed class CreditDialogThroughHostTests : PlaygroundHostTests
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Dialogs:TickInterval"] = "00:00:00.200" };

    private Task<int> PendingAsync() => Factory.Services.GetRequiredService<IInbox>().CountPendingAsync();

    private async Task<List<JsonElement>> WaitForAsync(Func<JsonElement, bool> match, int count = 1)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var found = (await Client.EventsAsync()).Where(match).ToList();
            if (found.Count >= count)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The expected events did not arrive within 10 seconds.");
    }

    private static bool IsEvent(JsonElement e, string kind, string? user = null) =>
        e.GetProperty("kind").GetString() == kind && (user is null || e.GetProperty("user").GetString() == user);

    private async Task AdvanceToAsync(DayOfWeek day, int hour, int minute)
    {
        using var state = JsonDocument.Parse(await Client.Http.GetStringAsync("/playground/state"));
        var now = state.RootElement.GetProperty("now").GetDateTimeOffset().ToUniversalTime();
        var target = now.Date.AddHours(hour).AddMinutes(minute);
        while (target.DayOfWeek != day || target <= now)
        {
            target = target.AddDays(1);
        }

        var minutes = (int)Math.Ceiling((new DateTimeOffset(target, TimeSpan.Zero) - now).TotalMinutes);
        var response = await Client.Http.PostAsJsonAsync("/playground/clock", new { minutes });
        response.EnsureSuccessStatusCode();
    }

    [Test]
    public async Task CreditDialog_ScheduledAndAnswered_PromptsEachMemberOnceAndPostsTheCreditOnFriday()
    {
        await Client.SayAsync("alex", "/ally schedule credit weekly thu 14:00 UTC");
        await WaitForAsync(e => IsEvent(e, "reply", "alex"));

        await AdvanceToAsync(DayOfWeek.Thursday, 14, 1);
        var prompts = await WaitForAsync(e => IsEvent(e, "prompt"), count: 6);
        Assert.That(prompts.Select(p => p.GetProperty("user").GetString()), Is.EquivalentTo(new[] { "alex", "priya", "sam", "jordan", "mei", "tomas" }));

        var samPrompt = prompts.Single(p => p.GetProperty("user").GetString() == "sam").GetProperty("prompt");
        Assert.That(samPrompt.GetProperty("inputKind").GetString(), Is.EqualTo("members"));
        var pick = $"{samPrompt.GetProperty("inputValue").GetString()} priya";
        await Client.PressAsync("sam", samPrompt.GetProperty("inputActionId").GetString()!, pick);
        var describe = (await WaitForAsync(e => IsEvent(e, "prompt", "sam"), count: 2))[^1].GetProperty("prompt");
        Assert.That(describe.GetProperty("inputKind").GetString(), Is.EqualTo("text"));

        await Client.PressAsync("sam", describe.GetProperty("inputActionId").GetString()!, $"{describe.GetProperty("inputValue").GetString()} thanks");
        var coached = (await WaitForAsync(e => IsEvent(e, "prompt", "sam"), count: 3))[^1];
        Assert.That(coached.GetProperty("text").GetString(), Does.Contain("specific").IgnoreCase.Or.Contain("what exactly").IgnoreCase);

        var again = coached.GetProperty("prompt");
        await Client.PressAsync("sam", again.GetProperty("inputActionId").GetString()!, $"{again.GetProperty("inputValue").GetString()} found the timezone bug in the billing export and paired with me on the fix");
        var audience = (await WaitForAsync(e => IsEvent(e, "prompt", "sam"), count: 4))[^1].GetProperty("prompt");
        var shareInChannel = audience.GetProperty("choices").EnumerateArray().First(c => c.GetProperty("actionId").GetString() == "dialog-credit-share-channel");
        await Client.PressAsync("sam", shareInChannel.GetProperty("actionId").GetString()!, shareInChannel.GetProperty("value").GetString()!);
        await Client.SettleAsync(PendingAsync);

        await AdvanceToAsync(DayOfWeek.Friday, 10, 1);
        var post = (await WaitForAsync(e => IsEvent(e, "post"))).Single();
        Assert.That(post.GetProperty("text").GetString(), Does.Contain("billing export").And.Contain("<@priya>").And.Not.Match(@"\d+ credits"));

        var promptsForSam = (await Client.EventsAsync()).Count(e => IsEvent(e, "prompt", "sam") && e.GetProperty("prompt").GetProperty("inputKind").GetString() == "members");
        Assert.That(promptsForSam, Is.EqualTo(1), "one weekly prompt, however often the scheduler ticked");
    }
}
