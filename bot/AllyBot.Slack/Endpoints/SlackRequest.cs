namespace AllyBot.Slack.Endpoints;

/// <summary>The outcome of reading a Slack request: a verified body, an ssl_check probe, or a rejection status.</summary>
internal sealed record SlackRequest(byte[]? Body, bool IsSslCheck, int? RejectionStatus)
{
    public static readonly SlackRequest SslCheck = new(null, true, null);

    public static SlackRequest Verified(byte[] body) => new(body, false, null);

    public static SlackRequest Rejected(int status) => new(null, false, status);
}
