using AllyBot.Host.Language;
using Azure.Core;
using Microsoft.Extensions.Time.Testing;

namespace AllyBot.Host.Tests.Language;

public sealed class EntraIdLanguageCredentialTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    [Test]
    public async Task Authenticate_FirstRequest_SendsABearerTokenForTheCognitiveServicesScope()
    {
        var tokens = new CountingTokenCredential(_clock);
        var credential = new EntraIdLanguageCredential(tokens, _clock);
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://lang.example.com/");

        await credential.AuthenticateAsync(request);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(request.Headers.Authorization?.ToString(), Is.EqualTo("Bearer token-1"));
            Assert.That(tokens.Scopes, Is.EqualTo(new[] { "https://cognitiveservices.azure.com/.default" }));
        }
    }

    [Test]
    public async Task Authenticate_TokenStillFresh_ReusesIt_NearExpiry_FetchesANewOne()
    {
        var tokens = new CountingTokenCredential(_clock);
        var credential = new EntraIdLanguageCredential(tokens, _clock);
        using var first = new HttpRequestMessage();
        using var second = new HttpRequestMessage();
        using var third = new HttpRequestMessage();

        await credential.AuthenticateAsync(first);
        _clock.Advance(TimeSpan.FromMinutes(50));
        await credential.AuthenticateAsync(second);
        _clock.Advance(TimeSpan.FromMinutes(6));
        await credential.AuthenticateAsync(third);

        Assert.That(new[] { first, second, third }.Select(r => r.Headers.Authorization!.Parameter), Is.EqualTo(new[] { "token-1", "token-1", "token-2" }));
    }

    [Test]
    public async Task Authenticate_FetchSlowerThanTheCaller_CallerGivesUpAndTheNextOneGetsTheToken()
    {
        var gate = new TaskCompletionSource();
        var tokens = new CountingTokenCredential(_clock, gate.Task);
        var credential = new EntraIdLanguageCredential(tokens, _clock);
        using var impatient = new HttpRequestMessage();
        using var later = new HttpRequestMessage();
        using var cancel = new CancellationTokenSource();

        var first = credential.AuthenticateAsync(impatient, cancel.Token).AsTask();
        await cancel.CancelAsync();
        Assert.That(async () => await first, Throws.InstanceOf<OperationCanceledException>());
        gate.SetResult();
        await credential.AuthenticateAsync(later);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(later.Headers.Authorization!.Parameter, Is.EqualTo("token-1"));
            Assert.That(tokens.Scopes, Has.Count.EqualTo(1), "one fetch, not restarted by the impatient caller");
        }
    }

    [Test]
    public void ToString_NeverShowsTheToken() =>
        Assert.That(new EntraIdLanguageCredential(new CountingTokenCredential(_clock), _clock).ToString(), Does.Not.Contain("token-"));

    private sealed class CountingTokenCredential(TimeProvider clock, Task? gate = null) : TokenCredential
    {
        public List<string> Scopes { get; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            GetTokenAsync(requestContext, cancellationToken).AsTask().GetAwaiter().GetResult();

        public override async ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Scopes.AddRange(requestContext.Scopes);
            var number = Scopes.Count;
            if (gate is not null)
            {
                await gate;
            }

            return new AccessToken($"token-{number}", clock.GetUtcNow().AddHours(1));
        }
    }
}
