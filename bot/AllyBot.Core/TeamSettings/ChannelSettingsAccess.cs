using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Core.Replies;

namespace AllyBot.Core.TeamSettings;

/// <summary>Loads a channel's settings for a change and asks the <see cref="IAdminPolicy"/> whether the caller may make it.</summary>
public sealed class ChannelSettingsAccess(ITeamSettingsStore store, IAdminPolicy policy)
{
    /// <summary>The settings of the channel of <paramref name="where"/>, and a denial message when <paramref name="userId"/> may not change them (null when allowed).</summary>
    public async Task<(ChannelSettings Settings, string? Denial)> ForChannelChangeAsync(ChatAddress where, string userId, CancellationToken cancellationToken = default)
    {
        var settings = await store.GetAsync(ChannelSettings.ChannelOnly(where), cancellationToken).ConfigureAwait(false);
        var allowed = await policy.MayChangeChannelAsync(settings, userId, cancellationToken).ConfigureAwait(false);
        return (settings, allowed ? null : Denial(settings));
    }

    /// <summary>Like <see cref="ForChannelChangeAsync"/>, for workspace-wide settings typed in that channel.</summary>
    public async Task<(ChannelSettings Settings, string? Denial)> ForWorkspaceChangeAsync(ChatAddress where, string userId, CancellationToken cancellationToken = default)
    {
        var settings = await store.GetAsync(ChannelSettings.ChannelOnly(where), cancellationToken).ConfigureAwait(false);
        var allowed = await policy.MayChangeWorkspaceAsync(settings, userId, cancellationToken).ConfigureAwait(false);
        return (settings, allowed ? null : Denial(settings));
    }

    private static string Denial(ChannelSettings settings) =>
        $"Only the facilitators of {ChatMentions.Channel(settings.Channel.ChannelId)} can change that: {ChatMentions.Members(settings.FacilitatorIds)}. Ask one of them.";
}
