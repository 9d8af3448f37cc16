namespace AllyBot.Slack.Wire;

/// <summary>Paging of a Web API answer: <c>response_metadata.next_cursor</c> (empty on the last page).</summary>
internal sealed record SlackResponseMetadata(string? NextCursor);
