namespace AllyBot.Teams.Tests.Support;

/// <summary>One request a <see cref="FakeHttpHandler"/> saw.</summary>
internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? Authorization, string? Body);
