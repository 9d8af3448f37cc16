using AllyBot.Core.Outbox;

namespace AllyBot.Slack.WebApi;

/// <summary>A Web API call that failed: Slack answered <c>ok:false</c> (<see cref="Error"/> is its error code) or a non-2xx status.</summary>
internal sealed class SlackApiException : Exception, IDeliveryFailure
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

    public SlackApiException(string method, string error, int? statusCode = null, TimeSpan? retryAfter = null)
        : base($"Slack {method} failed: {error}")
    {
        Method = method;
        Error = error;
        StatusCode = statusCode;
        RetryAfter = retryAfter;
    }

    /// <summary>Slack errors that no retry can fix: the conversation, user or installation is gone or was never ours.</summary>
    private static readonly HashSet<string> PermanentErrors = new(StringComparer.Ordinal)
    {
        "channel_not_found", "not_in_channel", "is_archived", "user_not_found", "user_not_in_channel", "account_inactive",
        "invalid_auth", "not_authed", "token_revoked", "token_expired", "no_permission", "missing_scope", "cannot_dm_bot",
        "invalid_blocks", "msg_too_long", "no_text",
    };

    /// <summary>The Web API method, e.g. <c>chat.postEphemeral</c>.</summary>
    public string Method { get; } = "";

    /// <summary>Slack's error code (<c>channel_not_found</c>, <c>not_authed</c>...), or <c>http_NNN</c>.</summary>
    public string Error { get; } = "";

    /// <summary>The HTTP status when it was not 200.</summary>
    public int? StatusCode { get; }

    /// <summary>How long Slack asked us to wait (<c>Retry-After</c> on a 429), if it did.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <inheritdoc />
    public bool IsPermanent => PermanentErrors.Contains(Error);

    /// <inheritdoc />
    public string ErrorCode => Error.Length > 0 ? Error : "slack_error";
}
