using System.Security.Cryptography;

namespace AllyBot.Slack.OAuth;

/// <summary>
/// The OAuth <c>state</c> values handed out by <c>/slack/install</c>: random, kept server-side, valid for
/// <see cref="Lifetime"/>, usable once. In memory, so the callback must reach the instance that started the install
/// (true for one instance; with several, use sticky sessions for <c>/slack/install</c> and its callback).
/// </summary>
internal sealed class SlackOAuthStateStore(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private const int MaxPending = 10_000;

    private readonly Dictionary<string, DateTimeOffset> _expiries = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>A new state value.</summary>
    public string Create()
    {
        var state = Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            foreach (var expired in _expiries.Where(e => e.Value <= now).Select(e => e.Key).ToList())
            {
                _expiries.Remove(expired);
            }

            if (_expiries.Count >= MaxPending)
            {
                throw new InvalidOperationException("Too many Slack installs in progress.");
            }

            _expiries[state] = now + Lifetime;
        }

        return state;
    }

    /// <summary>True once for a state this store created that has not expired; false ever after.</summary>
    public bool TryConsume(string? state)
    {
        if (string.IsNullOrEmpty(state))
        {
            return false;
        }

        lock (_lock)
        {
            return _expiries.Remove(state, out var expiry) && clock.GetUtcNow() < expiry;
        }
    }

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
