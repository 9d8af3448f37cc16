using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Host.Dialogs;
using AllyBot.Host.Playground.Teams;

namespace AllyBot.Host.Playground;

/// <summary>
/// <c>GET /</c> serves the page; <c>/playground/...</c> is its JSON. Messages go through the same durable inbox and
/// core as Slack and Teams traffic, so the playground shows exactly what a chat user would get.
/// </summary>
public static class PlaygroundEndpoints
{
    public const int MaxTextLength = 4000;
    private const string CommandPrefix = "/ally";

    public static IEndpointRouteBuilder MapPlayground(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", () => Results.Redirect("/index.html"));
        var group = endpoints.MapGroup("/playground");
        group.MapGet("/state", State);
        group.MapPost("/messages", PostMessageAsync);
        group.MapPost("/buttons", PressButtonAsync);
        group.MapGet("/events", (long? after, PlaygroundTranscript transcript) => Results.Ok(new { events = transcript.After(after ?? 0) }));
        group.MapPost("/clock", AdvanceClock);
        group.MapPost("/simulate", SimulateAsync);
        group.MapPlaygroundSettings();
        endpoints.MapPlaygroundTeams();
        return endpoints;
    }

    private static IResult State(TimeProvider clock, AllyBot.Rules.RuleSet rules) => Results.Ok(new
    {
        workspace = PlaygroundOptions.Workspace,
        channels = PlaygroundOptions.Channels,
        users = PlaygroundOptions.Users,
        now = clock.GetUtcNow(),
        rules = rules.Rules.Count,
    });

    private static async Task<IResult> PostMessageAsync(PostMessageRequest request, IInboxWriter inbox, PlaygroundTranscript transcript, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (Validate(request.Channel, request.User) is { } problem)
        {
            return problem;
        }

        var text = request.Text?.Trim() ?? "";
        if (text.Length == 0 || text.Length > MaxTextLength)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["text"] = [$"Write between 1 and {MaxTextLength} characters."] });
        }

        var user = PlaygroundOptions.Users.Single(u => u.Id == request.User);
        var where = new ChatAddress(ChatPlatform.Playground, PlaygroundOptions.Workspace, request.Channel!);
        var shown = transcript.Add(seq => new PlaygroundEvent(seq, clock.GetUtcNow(), "message", where.ChannelId, user.Id, text, null, $"pg-{seq}"));
        var dedupeKey = $"playground:{shown.MessageId}";
        if (text.StartsWith(CommandPrefix, StringComparison.OrdinalIgnoreCase) && (text.Length == CommandPrefix.Length || char.IsWhiteSpace(text[CommandPrefix.Length])))
        {
            var command = WithMentionTokens(text[CommandPrefix.Length..].Trim());
            await inbox.AcceptAsync(dedupeKey, new ChatCommand(where, new ChatUser(user.Id, user.IsBot), command), cancellationToken);
        }
        else
        {
            await inbox.AcceptAsync(dedupeKey, new ChatMessage(where, shown.MessageId!, new ChatUser(user.Id, user.IsBot), text, shown.At), cancellationToken);
        }

        return Results.Accepted(value: new { seq = shown.Seq });
    }

    private static async Task<IResult> PressButtonAsync(PressButtonRequest request, IInboxWriter inbox, CancellationToken cancellationToken)
    {
        if (Validate(request.Channel, request.User) is { } problem)
        {
            return problem;
        }

        if (string.IsNullOrWhiteSpace(request.ActionId))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["actionId"] = ["Say which button was pressed."] });
        }

        var where = new ChatAddress(ChatPlatform.Playground, PlaygroundOptions.Workspace, request.Channel!);
        await inbox.AcceptAsync($"playground:button:{Guid.NewGuid():N}", new ChatButton(where, new ChatUser(request.User!), request.ActionId, request.Value ?? ""), cancellationToken);
        return Results.Accepted();
    }

    private static IResult AdvanceClock(AdvanceClockRequest request, TimeProvider clock, DialogTickSignal scheduler)
    {
        if (clock is not PlaygroundClock playgroundClock)
        {
            return Results.Problem("The clock can only be moved in the playground.", statusCode: StatusCodes.Status409Conflict);
        }

        if (request.Minutes is <= 0 or > 60 * 24 * 366)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["minutes"] = ["Move the clock forward by 1 minute to 366 days."] });
        }

        playgroundClock.Advance(TimeSpan.FromMinutes(request.Minutes));
        scheduler.Notify();
        return Results.Ok(new { now = clock.GetUtcNow(), offsetMinutes = playgroundClock.Offset.TotalMinutes });
    }

    private static async Task<IResult> SimulateAsync(SimulateRequest request, PlaygroundSimulator simulator, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Channel is null || !PlaygroundOptions.Channels.Contains(request.Channel))
        {
            errors["channel"] = [$"Choose one of: {string.Join(", ", PlaygroundOptions.Channels)}."];
        }

        if (request.Weeks is not (>= PlaygroundSimulator.MinWeeks and <= PlaygroundSimulator.MaxWeeks))
        {
            errors["weeks"] = [$"Simulate {PlaygroundSimulator.MinWeeks} to {PlaygroundSimulator.MaxWeeks} weeks."];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }

        return Results.Ok(await simulator.SimulateAsync(request.Channel!, request.Weeks!.Value, cancellationToken));
    }

    /// <summary>Like Slack and Teams, the playground hands the core mentions as <c>&lt;@id&gt;</c> tokens: "@sam" becomes "&lt;@sam&gt;".</summary>
    internal static string WithMentionTokens(string text)
    {
        foreach (var user in PlaygroundOptions.Users)
        {
            text = System.Text.RegularExpressions.Regex.Replace(
                text, $@"(?<![\w<])@{user.Id}\b", $"<@{user.Id}>", System.Text.RegularExpressions.RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
        }

        return text;
    }

    /// <summary>A validation problem unless <paramref name="channel"/> and <paramref name="user"/> are a playground channel and person.</summary>
    internal static IResult? Validate(string? channel, string? user)
    {
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
}
