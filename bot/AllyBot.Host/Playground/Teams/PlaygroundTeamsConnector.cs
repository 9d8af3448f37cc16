using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;

namespace AllyBot.Host.Playground.Teams;

/// <summary>
/// A fake Bot Connector inside the host (the routes of protocols.md §1.4 that AllyBot calls), playground only: every
/// call it accepts becomes a <c>teams</c> event in the transcript, so the page shows exactly what AllyBot sent to
/// Teams. A 1:1 chat's calls are shown to that member in the channel they last wrote in as Teams.
/// </summary>
internal sealed class PlaygroundTeamsConnector(PlaygroundTranscript transcript, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, string> _lastChannel = new(StringComparer.Ordinal);
    private long _activities;

    /// <summary>Remembers where a member last wrote as Teams, so their 1:1 chat with AllyBot is shown there.</summary>
    public void WroteIn(string user, string channel) => _lastChannel[user] = channel;

    public IEndpointRouteBuilder Map(IEndpointRouteBuilder endpoints)
    {
        var v3 = endpoints.MapGroup(PlaygroundTeamsIds.ConnectorPath + "v3/conversations");
        v3.MapPost("/", CreateConversation);
        v3.MapPost("/{conversationId}/activities", (string conversationId, JsonElement activity, bool? isTargetedActivity) =>
            Activity("sendToConversation", conversationId, NewActivityId(), isTargetedActivity == true, activity, StatusCodes.Status201Created));
        v3.MapPost("/{conversationId}/activities/{activityId}", (string conversationId, string activityId, JsonElement activity) =>
            Activity("replyToActivity", conversationId, NewActivityId(), targeted: false, activity, StatusCodes.Status201Created));
        v3.MapPut("/{conversationId}/activities/{activityId}", (string conversationId, string activityId, JsonElement activity, bool? isTargetedActivity) =>
            Activity("updateActivity", conversationId, activityId, isTargetedActivity == true, activity, StatusCodes.Status200OK));
        v3.MapDelete("/{conversationId}/activities/{activityId}", (string conversationId, string activityId, bool? isTargetedActivity) =>
            Activity("deleteActivity", conversationId, activityId, isTargetedActivity == true, null, StatusCodes.Status200OK));
        v3.MapGet("/{conversationId}/pagedmembers", Members);
        return endpoints;
    }

    private IResult CreateConversation(JsonElement parameters)
    {
        var member = parameters.TryGetProperty("members", out var members) && members.ValueKind == JsonValueKind.Array && members.GetArrayLength() == 1
            ? members[0].TryGetProperty("id", out var id) ? id.GetString() : null
            : null;
        if (PlaygroundTeamsIds.PlaygroundUserOf(member) is not { } user || PlaygroundOptions.Users.All(u => u.Id != user))
        {
            return Error(StatusCodes.Status400BadRequest, "BadArgument", "Name exactly one playground member.");
        }

        var chat = PlaygroundTeamsIds.PersonalChat(member!);
        Record(new PlaygroundTeamsCall("createConversation", chat, null, false, parameters), user);
        return Results.Json(new { id = chat }, statusCode: StatusCodes.Status201Created);
    }

    private IResult Activity(string operation, string conversationId, string activityId, bool targeted, JsonElement? activity, int status)
    {
        var recipient = activity is { ValueKind: JsonValueKind.Object } a && a.TryGetProperty("recipient", out var r) && r.TryGetProperty("id", out var rid) ? rid.GetString() : null;
        var user = PlaygroundTeamsIds.PlaygroundUserOf(conversationId) ?? PlaygroundTeamsIds.PlaygroundUserOf(recipient) ?? "*";
        if (PlaygroundTeamsIds.PlaygroundUserOf(conversationId) is null && PlaygroundTeamsIds.PlaygroundChannelOf(conversationId) is null)
        {
            return Error(StatusCodes.Status404NotFound, "ConversationNotFound", "The playground has no such conversation.");
        }

        Record(new PlaygroundTeamsCall(operation, conversationId, activityId, targeted, activity), user);
        return status == StatusCodes.Status200OK && operation == "deleteActivity"
            ? Results.Ok()
            : Results.Json(new { id = activityId }, statusCode: status);
    }

    private static IResult Members(string conversationId) => Results.Json(new
    {
        members = PlaygroundOptions.Users.Select(u => new { id = PlaygroundTeamsIds.User(u.Id), name = u.Name, role = u.IsBot ? "bot" : (string?)null }),
    });

    private void Record(PlaygroundTeamsCall call, string user)
    {
        var channel = PlaygroundTeamsIds.PlaygroundChannelOf(call.ConversationId)
                      ?? _lastChannel.GetValueOrDefault(user)
                      ?? PlaygroundOptions.Channels[0];
        transcript.Add(seq => new PlaygroundEvent(seq, clock.GetUtcNow(), "teams", channel, user, null, null, call.ActivityId) { Teams = call });
    }

    private string NewActivityId() => "1:playground-" + Interlocked.Increment(ref _activities).ToString(CultureInfo.InvariantCulture);

    private static IResult Error(int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: status);
}
