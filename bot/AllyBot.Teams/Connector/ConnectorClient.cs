using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AllyBot.Teams.Tokens;
using AllyBot.Teams.Wire;
using Microsoft.Extensions.Logging;
using Polly;

namespace AllyBot.Teams.Connector;

/// <summary>
/// The Bot Connector REST API v3 (protocols.md §1.4), called only on allow-listed serviceUrls with the bot's token,
/// retried on throttling and transient errors. Conversation ids are URL-encoded in paths, as the reference SDK does.
/// </summary>
internal sealed class ConnectorClient(
    IHttpClientFactory httpClients,
    IBotTokenProvider tokens,
    ServiceUrlAllowList allowList,
    TimeProvider clock,
    ILogger<ConnectorClient> logger)
{
    public const string HttpClientName = "AllyBot.Teams.Connector";

    private readonly ResiliencePipeline<HttpResponseMessage> _retry = ConnectorRetry.Create(clock, logger);

    /// <summary><c>POST v3/conversations/{id}/activities</c>; with <paramref name="targeted"/>, as a Teams targeted message.</summary>
    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, bool targeted = false, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, serviceUrl, Activities(conversationId) + Targeted(targeted), Json(activity), TeamsJson.Default.ResourceResponse, cancellationToken);

    /// <summary><c>POST v3/conversations/{id}/activities/{activityId}</c>: a threaded reply.</summary>
    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, serviceUrl, Activity(conversationId, activityId), Json(activity), TeamsJson.Default.ResourceResponse, cancellationToken);

    /// <summary><c>PUT v3/conversations/{id}/activities/{activityId}</c>.</summary>
    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, bool targeted = false, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Put, serviceUrl, Activity(conversationId, activityId) + Targeted(targeted), Json(activity), TeamsJson.Default.ResourceResponse, cancellationToken);

    /// <summary><c>DELETE v3/conversations/{id}/activities/{activityId}</c>.</summary>
    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, bool targeted = false, CancellationToken cancellationToken = default) =>
        SendAsync<ResourceResponse>(HttpMethod.Delete, serviceUrl, Activity(conversationId, activityId) + Targeted(targeted), null, null, cancellationToken);

    /// <summary><c>POST v3/conversations</c>: opens (or finds) a conversation, e.g. the 1:1 chat for a private nudge.</summary>
    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, serviceUrl, "v3/conversations", () => JsonContent.Create(parameters, TeamsJson.Default.ConversationParameters), TeamsJson.Default.ConversationResourceResponse, cancellationToken);

    /// <summary><c>GET v3/conversations/{id}/pagedmembers</c>: one page of members.</summary>
    public Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize = null, string? continuationToken = null, CancellationToken cancellationToken = default)
    {
        var query = new List<string>();
        if (pageSize is { } size)
        {
            query.Add("pageSize=" + size.ToString(CultureInfo.InvariantCulture));
        }

        if (continuationToken is { Length: > 0 })
        {
            query.Add("continuationToken=" + Uri.EscapeDataString(continuationToken));
        }

        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/pagedmembers" + (query.Count > 0 ? "?" + string.Join('&', query) : "");
        return SendAsync(HttpMethod.Get, serviceUrl, path, null, TeamsJson.Default.PagedMembersResult, cancellationToken);
    }

    private async Task<T> SendAsync<T>(HttpMethod method, string serviceUrl, string path, Func<HttpContent>? content, JsonTypeInfo<T>? resultType, CancellationToken cancellationToken)
        where T : class, new()
    {
        var uri = Resolve(serviceUrl, path);
        var client = httpClients.CreateClient(HttpClientName);
        using var response = await _retry.ExecuteAsync(
            async token =>
            {
                using var request = new HttpRequestMessage(method, uri) { Content = content?.Invoke() };
                if (await tokens.GetTokenAsync(token).ConfigureAwait(false) is { } bearer)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
                }

                return await client.SendAsync(request, token).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);

        if (!response.IsSuccessStatusCode)
        {
            throw new ConnectorException(response.StatusCode, await ErrorCodeAsync(response, cancellationToken).ConfigureAwait(false), response.Headers.RetryAfter?.Delta);
        }

        if (resultType is null || response.Content.Headers.ContentLength == 0)
        {
            return new T();
        }

        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return text.Length == 0 ? new T() : JsonSerializer.Deserialize(text, resultType) ?? new T();
        }
        catch (JsonException)
        {
            return new T();
        }
    }

    private Uri Resolve(string serviceUrl, string path)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var baseUri) || !allowList.IsAllowed(baseUri))
        {
            TeamsLog.ServiceUrlRefused(logger, baseUri?.IdnHost ?? "(invalid)");
            throw new ServiceUrlNotAllowedException("The serviceUrl is not in Teams:AllowedServiceUrls; nothing was sent.");
        }

        var root = baseUri.AbsoluteUri.EndsWith('/') ? baseUri : new Uri(baseUri.AbsoluteUri + "/");
        return new Uri(root, path);
    }

    private static async Task<string?> ErrorCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var error = await response.Content.ReadFromJsonAsync(TeamsJson.Default.ErrorResponse, cancellationToken).ConfigureAwait(false);
            return error?.Error?.Code;
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
        {
            return null;
        }
    }

    private static Func<HttpContent> Json(Activity activity) => () => JsonContent.Create(activity, TeamsJson.Default.Activity);

    private static string Activities(string conversationId) => $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";

    private static string Activity(string conversationId, string activityId) => $"{Activities(conversationId)}/{Uri.EscapeDataString(activityId)}";

    private static string Targeted(bool targeted) => targeted ? "?isTargetedActivity=true" : "";
}
