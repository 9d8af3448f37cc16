using System.Net;

namespace AllyBot.Teams.Connector;

/// <summary>The Connector answered a call with an error (after retries), with its <c>ErrorResponse.error.code</c>.</summary>
internal sealed class ConnectorException : Exception
{
    public ConnectorException(HttpStatusCode status, string? code)
        : base($"The Bot Connector answered {(int)status} {code}.")
    {
        Status = status;
        Code = code;
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
}
