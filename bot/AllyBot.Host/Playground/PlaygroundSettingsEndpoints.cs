using AllyBot.Core.Admin;
using AllyBot.Core.Conversations;
using AllyBot.Core.SettingsViews;
using AllyBot.Rules.Customizing;
using AllyBot.Rules.Model;

namespace AllyBot.Host.Playground;

/// <summary>
/// The page's settings panel and "Add a custom rule" form. <c>GET /playground/settings</c> is one person's Core
/// settings view about one channel (the admin part only for admins); <c>POST /playground/settings</c> presses one of
/// its buttons through <see cref="SettingsActions"/>, which re-checks admin rights on every press; <c>POST
/// /playground/rules</c> adds a custom rule through <see cref="CustomRuleService"/> (admins only, checked here), with
/// the same checks and exact errors as <c>/ally admin rule add</c>.
/// </summary>
internal static class PlaygroundSettingsEndpoints
{
    /// <summary>The longest button command accepted.</summary>
    public const int MaxCommandLength = 200;

    public static RouteGroupBuilder MapPlaygroundSettings(this RouteGroupBuilder group)
    {
        group.MapGet("/settings", GetAsync);
        group.MapPost("/settings", PressAsync);
        group.MapPost("/rules", AddRuleAsync);
        return group;
    }

    private static async Task<IResult> GetAsync(string? channel, string? user, SettingsViewBuilder views, CancellationToken cancellationToken)
    {
        if (PlaygroundEndpoints.Validate(channel, user) is { } problem)
        {
            return problem;
        }

        return Results.Ok(PlaygroundSettingsView.From(await views.BuildAsync(Where(channel!), user!, cancellationToken: cancellationToken)));
    }

    private static async Task<IResult> PressAsync(PressSettingsRequest request, SettingsActions actions, CancellationToken cancellationToken)
    {
        if (PlaygroundEndpoints.Validate(request.Channel, request.User) is { } problem)
        {
            return problem;
        }

        var command = request.Command?.Trim() ?? "";
        if (command.Length == 0 || command.Length > MaxCommandLength)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["command"] = [$"Say which settings button was pressed (its command, 1 to {MaxCommandLength} characters)."] });
        }

        var view = await actions.ApplyAsync(Where(request.Channel!), request.User!, command, cancellationToken);
        return Results.Ok(PlaygroundSettingsView.From(view));
    }

    private static async Task<IResult> AddRuleAsync(AddCustomRuleRequest request, AdminAccess access, CustomRuleService customRules, CancellationToken cancellationToken)
    {
        if (PlaygroundEndpoints.Validate(request.Channel, request.User) is { } problem)
        {
            return problem;
        }

        if (!SeverityNames.TryParse(request.Severity, out var severity))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["severity"] = [$"Choose one of: {string.Join(", ", SeverityNames.All)}."] });
        }

        var where = Where(request.Channel!);
        if (!await access.IsAdminAsync(where, request.User!, cancellationToken))
        {
            return Results.Problem(
                "Sorry, custom rules are for workspace admins only. An admin can give you access with `/ally admin grant @you`.",
                statusCode: StatusCodes.Status403Forbidden,
                title: "Admins only");
        }

        var fields = new CustomRuleFields(
            RuleName(request.Id),
            severity,
            Items(request.Words),
            request.Pattern?.Trim(),
            Items(request.Suggestions),
            request.Message?.Trim() ?? "",
            request.Why?.Trim() ?? "",
            Items(request.Flag),
            Items(request.Pass));
        var outcome = await customRules.AddAsync(where.WorkspaceId, fields, request.User!, cancellationToken);
        return outcome.Added
            ? Results.Ok(new { ruleId = outcome.RuleId, text = outcome.Text })
            : Results.ValidationProblem(CustomRuleProblems.ByField(outcome.Problems));
    }

    private static ChatAddress Where(string channel) => new(ChatPlatform.Playground, PlaygroundOptions.Workspace, channel);

    /// <summary>The part after <c>custom/</c>; the form's id field may hold the whole id.</summary>
    private static string RuleName(string? id)
    {
        var name = id?.Trim() ?? "";
        var prefix = CustomRules.Category + "/";
        return name.StartsWith(prefix, StringComparison.Ordinal) ? name[prefix.Length..] : name;
    }

    private static List<string> Items(IReadOnlyList<string?>? items) =>
        [.. (items ?? []).Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i!.Trim())];
}
