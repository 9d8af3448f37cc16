namespace AllyBot.Slack.WebApi;

/// <summary>A Web API call that failed: Slack answered <c>ok:false</c> (<see cref="Error"/> is its error code) or a non-2xx status.</summary>
internal sealed class SlackApiException : Exception
{
    public SlackApiException()
    {
    }

    public SlackApiException(string message)
        : base(message)
    {
    }

    public SlackApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SlackApiException(string method, string error, int? statusCode = null)
        : base($"Slack {method} failed: {error}")
    {
        Method = method;
        Error = error;
        StatusCode = statusCode;
    }

    /// <summary>The Web API method, e.g. <c>chat.postEphemeral</c>.</summary>
    public string Method { get; } = "";

    /// <summary>Slack's error code (<c>channel_not_found</c>, <c>not_authed</c>...), or <c>http_NNN</c>.</summary>
    public string Error { get; } = "";

    /// <summary>The HTTP status when it was not 200.</summary>
    public int? StatusCode { get; }
}
