using System.Text.Json.Nodes;
using AllyBot.Core.Admin;
using AllyBot.Core.Conversations;
using AllyBot.Core.Inbox;
using AllyBot.Core.Ports;
using AllyBot.Slack.Endpoints;
using AllyBot.Slack.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AllyBot.Slack.Tests.Home;

/// <summary>
/// App Home over HTTP: signed Slack requests into <see cref="SlackTestApp"/>, the inbox worker's part run by hand
/// (every recorded button offered to the registered <see cref="IEdgeButtonHandler"/>s, as the worker does), and the
/// views Slack was asked to publish or open.
/// </summary>
internal static class SlackHomeScript
{
    public const string Team = "T0AB12CD3";
    public const string AdminId = "U0ADMIN01";

    /// <summary>Scripts <c>users.info</c> to say whether <see cref="AdminId"/> is a workspace admin (a few answers; the policy caches).</summary>
    public static void AdminIs(SlackTestApp app, bool isAdmin)
    {
        for (var i = 0; i < 5; i++)
        {
            var answer = new JsonObject
            {
                ["ok"] = true,
                ["user"] = new JsonObject { ["id"] = AdminId, ["team_id"] = Team, ["name"] = "alex", ["is_admin"] = isAdmin },
            };
            app.Api.Answer("users.info", answer.ToJsonString());
        }
    }

    public static async Task<HttpResponseMessage> PostEventAsync(SlackTestApp app, string payload)
    {
        using var request = SlackTestSigner.Json(SlackEventsEndpoint.Path, payload, SlackTestApp.Now);
        return await app.Client.SendAsync(request);
    }

    public static async Task<HttpResponseMessage> PostInteractionAsync(SlackTestApp app, string payloadJson)
    {
        using var request = SlackTestSigner.Form(SlackInteractivityEndpoint.Path, "payload=" + Uri.EscapeDataString(payloadJson), SlackTestApp.Now);
        return await app.Client.SendAsync(request);
    }

    public static async Task<HttpResponseMessage> PostCommandAsync(SlackTestApp app, string form)
    {
        using var request = SlackTestSigner.Form(SlackCommandsEndpoint.Path, form, SlackTestApp.Now);
        return await app.Client.SendAsync(request);
    }

    /// <summary>What the inbox worker does with the buttons accepted so far (from <paramref name="skip"/> on); returns how many an edge took.</summary>
    public static async Task<int> RunInboxButtonsAsync(SlackTestApp app, int skip = 0)
    {
        var handlers = app.Services.GetServices<IEdgeButtonHandler>().ToList();
        var taken = 0;
        foreach (var button in app.Inbox.Buttons.Skip(skip))
        {
            taken += await handlers.TryHandleAsync(ChatEventJson.Serialize(button)) ? 1 : 0;
        }

        return taken;
    }

    /// <summary>The views published so far, by user id.</summary>
    public static IReadOnlyList<(string UserId, JsonObject View)> Published(SlackTestApp app) =>
        [.. app.Api.CallsTo("views.publish").Select(c => (c.Form["user_id"], JsonNode.Parse(c.Form["view"])!.AsObject()))];

    /// <summary>Every text in a view (section, header, context and button texts), one per line.</summary>
    public static string Texts(JsonNode? node) => node switch
    {
        JsonObject o => string.Join("\n", o.Select(p => p.Key == "text" && p.Value is JsonValue v ? v.GetValue<string>() : Texts(p.Value)).Where(t => t.Length > 0)),
        JsonArray a => string.Join("\n", a.Select(Texts).Where(t => t.Length > 0)),
        _ => "",
    };

    public static Task<WorkspaceAdminConfig> ConfigAsync(SlackTestApp app) => app.Services.GetRequiredService<IWorkspaceAdminStore>().GetAsync(Team);

    public static ChatButton OnlyButton(SlackTestApp app) => app.Inbox.Buttons.Single();
}
