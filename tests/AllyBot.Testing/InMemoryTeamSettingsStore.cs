using System.Collections.Concurrent;
using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Core.TeamSettings;

namespace AllyBot.Testing;

/// <summary><see cref="ITeamSettingsStore"/> in memory.</summary>
public sealed class InMemoryTeamSettingsStore : ITeamSettingsStore
{
    private readonly ConcurrentDictionary<ChatAddress, ChannelSettings> _channels = new();

    public Task<ChannelSettings> GetAsync(ChatAddress channel, CancellationToken cancellationToken = default)
    {
        var key = ChannelSettings.ChannelOnly(channel);
        return Task.FromResult(_channels.GetValueOrDefault(key) ?? ChannelSettings.Default(key));
    }

    public Task SaveAsync(ChannelSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _channels[settings.Channel] = settings;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ChannelSettings>> ListActiveAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ChannelSettings>>([.. _channels.Values.Where(s => s.CreditSchedule is not null || s.DigestOn)]);
}
