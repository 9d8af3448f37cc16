using System.Collections.Concurrent;
using System.Text.Json;
using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace AllyBot.Slack.Outbound;

/// <summary>
/// Slack's <see cref="IDoNotDisturb"/>: <c>dnd.info</c> per member, reused for <see cref="CacheFor"/> (the scheduler
/// asks every minute while a prompt waits). When Slack cannot answer (not installed, <c>missing_scope</c> on an
/// install made before <c>dnd:read</c> was asked for, an outage), the member counts as reachable, and that answer
/// is cached too so a missing scope costs one call and one log line per member and period, not one per minute.
/// </summary>
internal sealed partial class SlackDoNotDisturb(SlackWebApiClient api, SlackTokenSource tokens, TimeProvider clock, ILogger<SlackDoNotDisturb> logger) : IDoNotDisturb
{
    /// <summary>How long a member's answer is reused: 5 minutes.</summary>
    public static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<(string WorkspaceId, string UserId), (DateTimeOffset Until, Wire.SlackDndInfo? Info)> _cache = new();

    public async Task<DateTimeOffset?> QuietUntilAsync(ChatAddress where, string userId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(where);
        var key = (where.WorkspaceId, userId);
        var checkedAt = clock.GetUtcNow();
        if (!_cache.TryGetValue(key, out var cached) || cached.Until <= checkedAt)
        {
            cached = (checkedAt + CacheFor, await AskAsync(where.WorkspaceId, userId, cancellationToken).ConfigureAwait(false));
            _cache[key] = cached;
        }

        return cached.Info?.QuietUntil(now);
    }

    private async Task<Wire.SlackDndInfo?> AskAsync(string workspaceId, string userId, CancellationToken cancellationToken)
    {
        if (await tokens.GetBotTokenAsync(workspaceId, cancellationToken).ConfigureAwait(false) is not { } token)
        {
            LogUnknown(logger, workspaceId, "not_installed");
            return null;
        }

        try
        {
            return await api.DndInfoAsync(token, workspaceId, userId, cancellationToken).ConfigureAwait(false);
        }
        catch (SlackApiException e)
        {
            LogUnknown(logger, workspaceId, e.Error);
            return null;
        }
        catch (HttpRequestException)
        {
            LogUnknown(logger, workspaceId, "http_failure");
            return null;
        }
        catch (JsonException)
        {
            LogUnknown(logger, workspaceId, "unreadable_answer");
            return null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogUnknown(logger, workspaceId, "timeout");
            return null;
        }
    }

    [LoggerMessage(EventId = 6701, Level = LogLevel.Information, Message = "Slack do-not-disturb in {WorkspaceId} unknown ({Reason}): the member counts as reachable")]
    private static partial void LogUnknown(ILogger logger, string workspaceId, string reason);
}
