using AllyBot.Core.Conversations;
using AllyBot.Core.TeamSettings;

namespace AllyBot.Core.Ports;

/// <summary>Per-channel settings: credit schedule, digest on/off, facilitators (platform user ids).</summary>
public interface ITeamSettingsStore
{
    /// <summary>The channel's settings, or <see cref="ChannelSettings.Default"/> when none were saved.</summary>
    Task<ChannelSettings> GetAsync(ChatAddress channel, CancellationToken cancellationToken = default);

    /// <summary>Stores the channel's settings (keyed by platform, workspace and channel id).</summary>
    Task SaveAsync(ChannelSettings settings, CancellationToken cancellationToken = default);

    /// <summary>Every channel with a credit schedule or the digest on.</summary>
    Task<IReadOnlyList<ChannelSettings>> ListActiveAsync(CancellationToken cancellationToken = default);
}
