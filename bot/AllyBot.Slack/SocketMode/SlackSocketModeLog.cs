using System.Net.WebSockets;
using Microsoft.Extensions.Logging;

namespace AllyBot.Slack.SocketMode;

/// <summary>Log events of Socket Mode (6500-6599). Never payloads, never tokens or connection URLs.</summary>
internal static partial class SlackSocketModeLog
{
    [LoggerMessage(EventId = 6501, Level = LogLevel.Information, Message = "Slack Socket Mode connected ({NumConnections} connections)")]
    public static partial void Connected(this ILogger logger, int numConnections);

    [LoggerMessage(EventId = 6502, Level = LogLevel.Information, Message = "Slack Socket Mode asked to disconnect: {Reason}; reconnecting")]
    public static partial void DisconnectRequested(this ILogger logger, string? reason);

    [LoggerMessage(EventId = 6503, Level = LogLevel.Warning, Message = "Slack Socket Mode connection lost ({Problem}); reconnecting in {Delay}")]
    public static partial void ConnectionLost(this ILogger logger, string problem, TimeSpan delay);

    [LoggerMessage(EventId = 6504, Level = LogLevel.Debug, Message = "Slack Socket Mode envelope {EnvelopeType} (retry {RetryAttempt}) acknowledged")]
    public static partial void EnvelopeAcked(this ILogger logger, string? envelopeType, int retryAttempt);

    [LoggerMessage(EventId = 6505, Level = LogLevel.Warning, Message = "Slack Socket Mode message could not be read; ignored")]
    public static partial void MessageMalformed(this ILogger logger);

    [LoggerMessage(EventId = 6507, Level = LogLevel.Error, Message = "Slack Socket Mode envelope {EnvelopeType} could not be persisted ({Problem}); left unacknowledged for Slack to retry")]
    public static partial void EnvelopeFailed(this ILogger logger, string? envelopeType, string problem);

    [LoggerMessage(EventId = 6506, Level = LogLevel.Information, Message = "Slack Socket Mode closed by the server: {Status}")]
    public static partial void ClosedByServer(this ILogger logger, WebSocketCloseStatus? status);
}
