namespace AllyBot.Slack.Tests.Support;

/// <summary>An <see cref="IHttpClientFactory"/> over one handler chain, for unit tests of the Web API client.</summary>
internal sealed class TestHttpClientFactory(HttpMessageHandler handler, Uri baseAddress) : IHttpClientFactory
{
    public HttpClient CreateClient(string name) => new(handler, disposeHandler: false) { BaseAddress = baseAddress };
}
