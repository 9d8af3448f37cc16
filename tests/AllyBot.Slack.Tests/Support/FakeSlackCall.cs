namespace AllyBot.Slack.Tests.Support;

/// <summary>One call <see cref="FakeSlackApi"/> received.</summary>
internal sealed record FakeSlackCall(
    string Method,
    Uri Url,
    string? Authorization,
    string? ContentType,
    IReadOnlyDictionary<string, string> Form,
    string Body,
    DateTimeOffset? At);
