using System.Globalization;
using System.Text.Json.Nodes;

namespace AllyBot.Host.Playground.Teams;

/// <summary>
/// The playground's Teams mode: <c>POST /playground/teams/messages</c> (and <c>/deletions</c>) build the activity Teams
/// would send and POST it to AllyBot's own <c>/api/messages</c>, so it takes the real Teams adapter path (translation,
/// inbox, Core, Connector client); the Connector calls come back to the in-process fake Connector
/// (<see cref="PlaygroundTeamsConnector"/>) and show up as <c>teams</c> events. Only in the Teams edge's development
/// mode (Development environment, no <c>Teams:AppId</c>), which the edge logs loudly at start-up.
/// </summary>
internal static class PlaygroundTeamsEndpoints
{
    public const string HttpClientName = "AllyBot.Playground.Teams";

    public static IEndpointRouteBuilder MapPlaygroundTeams(this IEndpointRouteBuilder endpoints)
    {
        endpoints.ServiceProvider.GetRequiredService<PlaygroundTeamsConnector>().Map(endpoints);
        var group = endpoints.MapGroup("/playground/teams");
        group.MapPost("/messages", PostMessageAsync);
        group.MapPost("/deletions", DeleteAsync);
        return endpoints;
    }

    private static async Task<IResult> PostMessageAsync(
        TeamsMessageRequest request, HttpContext http, PlaygroundConnectorAllowance mode, PlaygroundTeamsConnector connector,
        PlaygroundTranscript transcript, TimeProvider clock, IHttpClientFactory clients, CancellationToken cancellationToken)
    {
        if (Refusal(request.Channel, request.User, mode) is { } refused)
        {
            return refused;
        }

        var text = request.Text?.Trim() ?? "";
        if (text.Length == 0 || text.Length > PlaygroundEndpoints.MaxTextLength)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["text"] = [$"Write between 1 and {PlaygroundEndpoints.MaxTextLength} characters."] });
        }

        var user = PlaygroundOptions.Users.Single(u => u.Id == request.User);
        var now = clock.GetUtcNow();
        var edit = !string.IsNullOrWhiteSpace(request.EditOf);
        if (edit && !OwnMessage(transcript, request.Channel!, user.Id, request.EditOf!))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["editOf"] = ["Edit one of your own Teams messages in this channel."] });
        }

        var shown = transcript.Add(seq => new PlaygroundEvent(seq, now, edit ? "edit" : "message", request.Channel!, user.Id, text, null,
            edit ? request.EditOf : ActivityId(now, seq)) { Platform = "teams" });
        var serviceUrl = ServiceUrl(http);
        var activity = edit
            ? PlaygroundTeamsActivities.Edit(serviceUrl, request.Channel!, user, shown.MessageId!, text, now)
            : PlaygroundTeamsActivities.Message(serviceUrl, request.Channel!, user, shown.MessageId!, text, now);
        connector.WroteIn(user.Id, request.Channel!);
        return await ForwardAsync(http, clients, activity, shown, cancellationToken);
    }

    private static async Task<IResult> DeleteAsync(
        TeamsDeleteRequest request, HttpContext http, PlaygroundConnectorAllowance mode, PlaygroundTeamsConnector connector,
        PlaygroundTranscript transcript, TimeProvider clock, IHttpClientFactory clients, CancellationToken cancellationToken)
    {
        if (Refusal(request.Channel, request.User, mode) is { } refused)
        {
            return refused;
        }

        if (string.IsNullOrWhiteSpace(request.MessageId) || !OwnMessage(transcript, request.Channel!, request.User!, request.MessageId))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["messageId"] = ["Delete one of your own Teams messages in this channel."] });
        }

        var user = PlaygroundOptions.Users.Single(u => u.Id == request.User);
        var now = clock.GetUtcNow();
        var shown = transcript.Add(seq => new PlaygroundEvent(seq, now, "delete", request.Channel!, user.Id, null, null, request.MessageId) { Platform = "teams" });
        connector.WroteIn(user.Id, request.Channel!);
        return await ForwardAsync(http, clients, PlaygroundTeamsActivities.Delete(ServiceUrl(http), request.Channel!, user, request.MessageId, now), shown, cancellationToken);
    }

    /// <summary>POSTs the activity to this host's own <c>/api/messages</c>, exactly as Teams would.</summary>
    private static async Task<IResult> ForwardAsync(HttpContext http, IHttpClientFactory clients, JsonObject activity, PlaygroundEvent shown, CancellationToken cancellationToken)
    {
        var client = clients.CreateClient(HttpClientName);
        using var response = await client.PostAsJsonAsync(new Uri(SelfAddress(http), "api/messages"), activity, cancellationToken);
        return response.IsSuccessStatusCode
            ? Results.Accepted(value: new { seq = shown.Seq, messageId = shown.MessageId, activity })
            : Results.Problem($"AllyBot's Teams endpoint answered {(int)response.StatusCode}.", statusCode: StatusCodes.Status502BadGateway);
    }

    private static IResult? Refusal(string? channel, string? user, PlaygroundConnectorAllowance mode)
    {
        if (!mode.DevelopmentMode)
        {
            return Results.Problem(
                "Teams through the playground needs the Teams edge's development mode: the Development environment and no Teams:AppId.",
                statusCode: StatusCodes.Status409Conflict);
        }

        var errors = new Dictionary<string, string[]>();
        if (channel is null || !PlaygroundOptions.Channels.Contains(channel))
        {
            errors["channel"] = [$"Choose one of: {string.Join(", ", PlaygroundOptions.Channels)}."];
        }

        if (user is null || !PlaygroundOptions.Users.Any(u => u.Id == user))
        {
            errors["user"] = [$"Choose one of: {string.Join(", ", PlaygroundOptions.Users.Select(u => u.Id))}."];
        }

        return errors.Count == 0 ? null : Results.ValidationProblem(errors);
    }

    private static bool OwnMessage(PlaygroundTranscript transcript, string channel, string user, string messageId) =>
        transcript.After(0).Any(e => e is { Kind: "message", Platform: "teams" } && e.Channel == channel && e.User == user && e.MessageId == messageId);

    private static string ActivityId(DateTimeOffset at, long seq) =>
        string.Create(CultureInfo.InvariantCulture, $"{at.ToUnixTimeMilliseconds()}{seq % 1000:D3}");

    private static Uri SelfAddress(HttpContext http) => new($"{http.Request.Scheme}://{http.Request.Host}/");

    private static Uri ServiceUrl(HttpContext http) => new(SelfAddress(http), PlaygroundTeamsIds.ConnectorPath.TrimStart('/'));
}
