using AllyBot.Slack.OAuth;
using Microsoft.Extensions.Time.Testing;

namespace AllyBot.Slack.Tests.OAuth;

public sealed class SlackOAuthStateStoreTests
{
    private readonly FakeTimeProvider _clock = new();

    [Test]
    public void TryConsume_FreshState_SucceedsOnce()
    {
        var store = new SlackOAuthStateStore(_clock);
        var state = store.Create();

        Assert.That(store.TryConsume(state), Is.True);
        Assert.That(store.TryConsume(state), Is.False);
    }

    [Test]
    public void TryConsume_AfterLifetime_Fails()
    {
        var store = new SlackOAuthStateStore(_clock);
        var state = store.Create();

        _clock.Advance(SlackOAuthStateStore.Lifetime);

        Assert.That(store.TryConsume(state), Is.False);
    }

    [Test]
    public void TryConsume_JustBeforeExpiry_Succeeds()
    {
        var store = new SlackOAuthStateStore(_clock);
        var state = store.Create();

        _clock.Advance(SlackOAuthStateStore.Lifetime - TimeSpan.FromSeconds(1));

        Assert.That(store.TryConsume(state), Is.True);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("made-up-state")]
    public void TryConsume_UnknownState_Fails(string? state)
    {
        Assert.That(new SlackOAuthStateStore(_clock).TryConsume(state), Is.False);
    }

    [Test]
    public void Create_Twice_GivesDistinctUrlSafeValues()
    {
        var store = new SlackOAuthStateStore(_clock);

        var (a, b) = (store.Create(), store.Create());

        Assert.That(a, Is.Not.EqualTo(b));
        Assert.That(a, Does.Match("^[A-Za-z0-9_-]{43}$"));
    }
}
