using System.Net;
using AllyBot.Core.Outbox;

namespace AllyBot.Teams.Connector;

/// <summary>The Connector answered a call with an error (after retries), with its <c>ErrorResponse.error.code</c>.</summary>
internal sealed class ConnectorException : Exception, IDeliveryFailure
{
    public ConnectorException(HttpStatusCode status, string? code, TimeSpan? retryAfter = null)
        : base($"The Bot Connector answered {(int)status} {code}.")
    {
        Status = status;
        Code = code;
        RetryAfter = retryAfter;
    }

    public ConnectorException(string message) : base(message) { }

    public ConnectorException(string message, Exception innerException) : base(message, innerException) { }

    public ConnectorException() { }

    public HttpStatusCode Status { get; }

    public string? Code { get; }

    /// <summary>The bot is out of the conversation for good (uninstalled, or the conversation is gone).</summary>
    public bool ConversationGone =>
        (Status == HttpStatusCode.Forbidden && string.Equals(Code, "BotNotInConversationRoster", StringComparison.OrdinalIgnoreCase))
        || (Status == HttpStatusCode.NotFound && string.Equals(Code, "ConversationNotFound", StringComparison.OrdinalIgnoreCase));

    /// <summary>How long the Connector asked us to wait (<c>Retry-After</c>), if it did.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>A 4xx other than 408 and 429 will not change on a retry (a 401 is retried: the token may be refreshed).</summary>
    public bool IsPermanent =>
        ConversationGone || ((int)Status is >= 400 and < 500 && Status is not (HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests or HttpStatusCode.Unauthorized));

    /// <inheritdoc />
    public string ErrorCode => Status == 0 ? "connector_error" : $"http_{(int)Status}{(Code is null ? "" : "_" + Code)}";
}
