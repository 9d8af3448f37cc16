using System.Net.Http.Json;
using System.Text.Json;

namespace AllyBot.Host.Tests;

/// <summary>Drives the playground's JSON API like the page does.</summary>
internal sealed class PlaygroundClient(HttpClient http)
{
    private long _seen;

    public HttpClient Http => http;

    public Task<HttpResponseMessage> SayAsync(string user, string text, string channel = "general") =>
        http.PostAsJsonAsync("/playground/messages", new { channel, user, text });

    /// <summary>Makes <paramref name="user"/> a facilitator of #general: the playground has no platform roles, so that makes them an admin there.</summary>
    public async Task BecomeAdminAsync(string user)
    {
        await SayAsync(user, $"/ally facilitator add @{user}");
        await NextFromAllyBotAsync();
    }

    public Task<HttpResponseMessage> PressAsync(string user, string actionId, string value, string channel = "general") =>
        http.PostAsJsonAsync("/playground/buttons", new { channel, user, actionId, value });

    public async Task<List<JsonElement>> EventsAsync(long after = 0)
    {
        using var document = JsonDocument.Parse(await http.GetStringAsync($"/playground/events?after={after}"));
        return [.. document.RootElement.GetProperty("events").EnumerateArray().Select(e => e.Clone())];
    }

    /// <summary>Waits (up to 10 s) for the next event from AllyBot (a nudge or a reply) and returns it.</summary>
    public Task<JsonElement> NextFromAllyBotAsync() => NextOfKindAsync("nudge", "reply");

    /// <summary>Waits (up to 10 s) for the next event of one of <paramref name="kinds"/> and returns it.</summary>
    public async Task<JsonElement> NextOfKindAsync(params string[] kinds)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var fromBot = (await EventsAsync(_seen)).FirstOrDefault(e => kinds.Contains(e.GetProperty("kind").GetString()));
            if (fromBot.ValueKind != JsonValueKind.Undefined)
            {
                _seen = fromBot.GetProperty("seq").GetInt64();
                return fromBot;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("AllyBot sent nothing within 10 seconds.");
    }

    /// <summary>Waits until the inbox has processed everything, then returns every event after the last one seen.</summary>
    public async Task<List<JsonElement>> SettleAsync(Func<Task<int>> pending)
    {
        for (var attempt = 0; attempt < 200 && await pending() > 0; attempt++)
        {
            await Task.Delay(50);
        }

        var events = await EventsAsync(_seen);
        if (events.Count > 0)
        {
            _seen = events[^1].GetProperty("seq").GetInt64();
        }

        return events;
    }
}
