using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;

namespace AllyBot.Core.Tests.Dialogs;

/// <summary>Do-not-disturb windows set by the test, per user: quiet from start (inclusive) to end (exclusive).</summary>
public sealed class FakeDoNotDisturb : IDoNotDisturb
{
    private readonly List<(string UserId, DateTimeOffset From, DateTimeOffset Until)> _windows = [];

    /// <summary>How many times the starter asked (it should ask only once a prompt is due).</summary>
    public int Asked { get; private set; }

    public void Set(string userId, DateTimeOffset from, DateTimeOffset until) => _windows.Add((userId, from, until));

    public Task<DateTimeOffset?> QuietUntilAsync(ChatAddress where, string userId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        Asked++;
        var window = _windows.FirstOrDefault(w => w.UserId == userId && w.From <= now && now < w.Until);
        return Task.FromResult<DateTimeOffset?>(window.UserId is null ? null : window.Until);
    }
}
