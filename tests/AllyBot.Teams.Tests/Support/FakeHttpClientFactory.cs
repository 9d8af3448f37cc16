namespace AllyBot.Teams.Tests.Support;

/// <summary>Hands out clients over one handler, whatever the name.</summary>
internal sealed class FakeHttpClientFactory(HttpMessageHandler handler) : IHttpClientFactory
{
    public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
}
