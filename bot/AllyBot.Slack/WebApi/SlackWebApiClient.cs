using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AllyBot.Slack.Wire;
using Microsoft.Extensions.Logging;

namespace AllyBot.Slack.WebApi;

/// <summary>
/// Slack's Web API, called the way the official <c>@slack/web-api</c> WebClient does: <c>POST {base}{method}</c>,
/// <c>application/x-www-form-urlencoded</c>, JSON-valued arguments (<c>blocks</c>, <c>view</c>) as JSON strings, the
/// token as <c>Authorization: Bearer</c>. Paced per workspace and method; 429s are retried by
/// <see cref="SlackRetryHandler"/>; <c>ok:false</c> is logged and thrown as <see cref="SlackApiException"/>.
/// </summary>
internal sealed class SlackWebApiClient(IHttpClientFactory httpClients, SlackMethodPacer pacer, ILogger<SlackWebApiClient> logger)
{
    /// <summary>The named HttpClient (base address = Slack:ApiBaseUrl, with the retry handler).</summary>
    public const string HttpClientName = "AllyBot.Slack.WebApi";

    /// <summary>Calls <paramref name="method"/> and returns Slack's answer (ok:true).</summary>
    public async Task<JsonElement> CallAsync(
        string method,
        string token,
        IEnumerable<KeyValuePair<string, string?>> arguments,
        string? workspaceId = null,
        string? paceKeySuffix = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentException.ThrowIfNullOrEmpty(token);
        var fields = arguments.Where(a => a.Value is not null).Select(a => new KeyValuePair<string, string>(a.Key, a.Value!)).ToList();
        using var request = new HttpRequestMessage(HttpMethod.Post, method) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await SendAsync(method, request, $"{workspaceId ?? "-"}|{method}|{paceKeySuffix}", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The nudge and other private notes: visible to <paramref name="user"/> only. Returns <c>message_ts</c>.</summary>
    public async Task<string?> PostEphemeralAsync(string token, string workspaceId, string channel, string user, string text, JsonArray? blocks = null, string? threadTs = null, CancellationToken cancellationToken = default)
    {
        var answer = await CallAsync("chat.postEphemeral", token, [Arg("channel", channel), Arg("user", user), Arg("text", text), Arg("blocks", blocks), Arg("thread_ts", threadTs)], workspaceId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return answer.Deserialize<SlackMessageResponse>(SlackJson.Options)?.MessageTs;
    }

    /// <summary>Posts a message (a channel, or a DM channel from <see cref="OpenConversationAsync"/>). Returns its ts.</summary>
    public async Task<SlackMessageResponse> PostMessageAsync(string token, string workspaceId, string channel, string text, JsonArray? blocks = null, string? threadTs = null, CancellationToken cancellationToken = default)
    {
        var answer = await CallAsync("chat.postMessage", token, [Arg("channel", channel), Arg("text", text), Arg("blocks", blocks), Arg("thread_ts", threadTs)], workspaceId, channel, cancellationToken).ConfigureAwait(false);
        return answer.Deserialize<SlackMessageResponse>(SlackJson.Options)!;
    }

    /// <summary>Edits a message AllyBot posted (not an ephemeral one).</summary>
    public async Task<SlackMessageResponse> UpdateAsync(string token, string workspaceId, string channel, string ts, string text, JsonArray? blocks = null, CancellationToken cancellationToken = default)
    {
        var answer = await CallAsync("chat.update", token, [Arg("channel", channel), Arg("ts", ts), Arg("text", text), Arg("blocks", blocks)], workspaceId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return answer.Deserialize<SlackMessageResponse>(SlackJson.Options)!;
    }

    /// <summary>Deletes a message AllyBot posted.</summary>
    public Task DeleteAsync(string token, string workspaceId, string channel, string ts, CancellationToken cancellationToken = default) =>
        CallAsync("chat.delete", token, [Arg("channel", channel), Arg("ts", ts)], workspaceId, cancellationToken: cancellationToken);

    /// <summary>Opens (or finds) the DM with <paramref name="users"/> (comma-separated ids). Returns the channel id.</summary>
    public async Task<string> OpenConversationAsync(string token, string workspaceId, string users, CancellationToken cancellationToken = default)
    {
        var answer = await CallAsync("conversations.open", token, [Arg("users", users)], workspaceId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return answer.Deserialize<SlackConversationResponse>(SlackJson.Options)?.Channel?.Id ?? throw new SlackApiException("conversations.open", "no_channel_in_answer");
    }

    /// <summary>A channel's name, privacy and whether AllyBot is a member.</summary>
    public async Task<SlackConversation> ConversationInfoAsync(string token, string workspaceId, string channel, CancellationToken cancellationToken = default)
    {
        var answer = await CallAsync("conversations.info", token, [Arg("channel", channel)], workspaceId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return answer.Deserialize<SlackConversationResponse>(SlackJson.Options)?.Channel ?? throw new SlackApiException("conversations.info", "no_channel_in_answer");
    }

    /// <summary>A user's profile basics (bot?, time zone, locale).</summary>
    public async Task<SlackUser> UserInfoAsync(string token, string workspaceId, string user, CancellationToken cancellationToken = default)
    {
        var answer = await CallAsync("users.info", token, [Arg("user", user), Arg("include_locale", "true")], workspaceId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return answer.Deserialize<SlackUserResponse>(SlackJson.Options)?.User ?? throw new SlackApiException("users.info", "no_user_in_answer");
    }

    /// <summary>A user's Do Not Disturb state (<c>dnd.info</c>, scope <c>dnd:read</c>).</summary>
    public async Task<SlackDndInfo> DndInfoAsync(string token, string workspaceId, string user, CancellationToken cancellationToken = default)
    {
        var answer = await CallAsync("dnd.info", token, [Arg("user", user)], workspaceId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return answer.Deserialize<SlackDndInfo>(SlackJson.Options) ?? throw new SlackApiException("dnd.info", "no_dnd_in_answer");
    }

    /// <summary>Every member id of a channel, following <c>response_metadata.next_cursor</c> (200 per page).</summary>
    public async Task<IReadOnlyList<string>> ConversationMembersAsync(string token, string workspaceId, string channel, CancellationToken cancellationToken = default)
    {
        var members = new List<string>();
        string? cursor = null;
        do
        {
            var answer = await CallAsync("conversations.members", token, [Arg("channel", channel), Arg("limit", "200"), Arg("cursor", cursor)], workspaceId, cancellationToken: cancellationToken).ConfigureAwait(false);
            var page = answer.Deserialize<SlackMembersResponse>(SlackJson.Options);
            members.AddRange(page?.Members ?? []);
            cursor = page?.ResponseMetadata?.NextCursor;
        }
        while (!string.IsNullOrEmpty(cursor));

        return members;
    }

    /// <summary>The message with exactly <paramref name="ts"/> in a channel's history, or null (<c>conversations.history</c>, inclusive, limit 1).</summary>
    public async Task<SlackMessageEvent?> HistoryMessageAsync(string token, string workspaceId, string channel, string ts, CancellationToken cancellationToken = default)
    {
        var answer = await CallAsync("conversations.history", token, [Arg("channel", channel), Arg("latest", ts), Arg("oldest", ts), Arg("inclusive", "true"), Arg("limit", "1")], workspaceId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return answer.Deserialize<SlackHistoryResponse>(SlackJson.Options)?.Messages?.FirstOrDefault(m => m.Ts == ts);
    }

    /// <summary>The message with exactly <paramref name="ts"/> in the thread of <paramref name="threadTs"/>, or null (<c>conversations.replies</c>).</summary>
    public async Task<SlackMessageEvent?> ThreadMessageAsync(string token, string workspaceId, string channel, string threadTs, string ts, CancellationToken cancellationToken = default)
    {
        var answer = await CallAsync("conversations.replies", token, [Arg("channel", channel), Arg("ts", threadTs), Arg("latest", ts), Arg("oldest", ts), Arg("inclusive", "true"), Arg("limit", "2")], workspaceId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return answer.Deserialize<SlackHistoryResponse>(SlackJson.Options)?.Messages?.FirstOrDefault(m => m.Ts == ts);
    }

    /// <summary>Opens a modal for a trigger id (valid for 3 seconds after the interaction).</summary>
    public Task OpenViewAsync(string token, string workspaceId, string triggerId, JsonObject view, CancellationToken cancellationToken = default) =>
        CallAsync("views.open", token, [Arg("trigger_id", triggerId), Arg("view", view)], workspaceId, cancellationToken: cancellationToken);

    /// <summary>Publishes <paramref name="view"/> (type <c>home</c>) as <paramref name="userId"/>'s App Home tab (<c>views.publish</c>, Tier 4).</summary>
    public Task PublishViewAsync(string token, string workspaceId, string userId, JsonObject view, CancellationToken cancellationToken = default) =>
        CallAsync("views.publish", token, [Arg("user_id", userId), Arg("view", view)], workspaceId, cancellationToken: cancellationToken);

    /// <summary>Adds an emoji reaction (name without colons) to a message.</summary>
    public Task AddReactionAsync(string token, string workspaceId, string channel, string timestamp, string name, CancellationToken cancellationToken = default) =>
        CallAsync("reactions.add", token, [Arg("channel", channel), Arg("timestamp", timestamp), Arg("name", name)], workspaceId, cancellationToken: cancellationToken);

    /// <summary>Checks a token and says whose it is.</summary>
    public async Task<SlackAuthTestResponse> AuthTestAsync(string token, CancellationToken cancellationToken = default)
    {
        var answer = await CallAsync("auth.test", token, [], cancellationToken: cancellationToken).ConfigureAwait(false);
        return answer.Deserialize<SlackAuthTestResponse>(SlackJson.Options)!;
    }

    /// <summary>Socket Mode: a fresh WebSocket URL for the app-level token.</summary>
    public async Task<Uri> OpenConnectionAsync(string appToken, CancellationToken cancellationToken = default)
    {
        var answer = await CallAsync("apps.connections.open", appToken, [], cancellationToken: cancellationToken).ConfigureAwait(false);
        var url = answer.Deserialize<SlackConnectionsOpenResponse>(SlackJson.Options)?.Url;
        return Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : throw new SlackApiException("apps.connections.open", "no_url_in_answer");
    }

    /// <summary>OAuth v2: exchanges an authorization code for a bot token (client credentials as HTTP Basic).</summary>
    public async Task<SlackOAuthAccessResponse> OAuthAccessAsync(string clientId, string clientSecret, string code, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "oauth.v2.access")
        {
            Content = new FormUrlEncodedContent([new("code", code)]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{clientSecret}")));
        var answer = await SendAsync("oauth.v2.access", request, "-|oauth.v2.access|", cancellationToken).ConfigureAwait(false);
        return answer.Deserialize<SlackOAuthAccessResponse>(SlackJson.Options)!;
    }

    /// <summary>Posts to an interaction's <c>response_url</c> (JSON, no token: the URL is the credential).</summary>
    public async Task PostToResponseUrlAsync(Uri responseUrl, JsonObject body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(responseUrl);
        using var request = new HttpRequestMessage(HttpMethod.Post, responseUrl) { Content = JsonContent.Create(body) };
        request.Options.Set(SlackRetryHandler.MethodOption, "response_url");
        var http = httpClients.CreateClient(HttpClientName);
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            logger.HttpError("response_url", (int)response.StatusCode);
            throw new SlackApiException("response_url", $"http_{(int)response.StatusCode}", (int)response.StatusCode);
        }
    }

    private async Task<JsonElement> SendAsync(string method, HttpRequestMessage request, string paceKey, CancellationToken cancellationToken = default)
    {
        var waited = await pacer.WaitAsync(paceKey, SlackMethodTier.For(method), cancellationToken).ConfigureAwait(false);
        if (waited > TimeSpan.Zero)
        {
            logger.Paced(method, waited);
        }

        request.Options.Set(SlackRetryHandler.MethodOption, method);
        var http = httpClients.CreateClient(HttpClientName);
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            logger.HttpError(method, (int)response.StatusCode);
            var error = response.StatusCode == System.Net.HttpStatusCode.TooManyRequests ? "ratelimited" : $"http_{(int)response.StatusCode}";
            throw new SlackApiException(method, error, (int)response.StatusCode, response.Headers.RetryAfter?.Delta);
        }

        JsonElement answer;
        try
        {
            answer = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            logger.ApiError(method, "invalid_json", null);
            throw new SlackApiException(method, "invalid_json");
        }

        if (answer.ValueKind != JsonValueKind.Object || !answer.TryGetProperty("ok", out var ok) || ok.ValueKind != JsonValueKind.True)
        {
            var error = answer.ValueKind == JsonValueKind.Object && answer.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString()! : "unknown_error";
            var needed = answer.ValueKind == JsonValueKind.Object && answer.TryGetProperty("needed", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
            logger.ApiError(method, error, needed);
            throw new SlackApiException(method, error);
        }

        if (answer.TryGetProperty("warning", out var warning) && warning.ValueKind == JsonValueKind.String && warning.GetString() is { } text)
        {
            logger.ApiWarning(method, text);
        }

        return answer;
    }

    private static KeyValuePair<string, string?> Arg(string name, string? value) => new(name, value);

    private static KeyValuePair<string, string?> Arg(string name, JsonNode? value) => new(name, value?.ToJsonString());
}
