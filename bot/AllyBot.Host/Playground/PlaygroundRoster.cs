using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Core.TeamSettings;

namespace AllyBot.Host.Playground;

/// <summary>Every playground channel holds every simulated person; the bot is left out, as on real platforms.</summary>
internal sealed class PlaygroundRoster : IRosterProvider
{
    public Task<IReadOnlyList<RosterMember>> GetMembersAsync(ChatAddress channel, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<RosterMember>>([.. PlaygroundOptions.Users.Where(u => !u.IsBot).Select(u => new RosterMember(u.Id))]);

    /// <summary>Priya manages everyone else in the playground, so "share with their manager" can be tried.</summary>
    public Task<string?> FindManagerAsync(ChatAddress where, string userId, CancellationToken cancellationToken = default) =>
        Task.FromResult<string?>(userId == "priya" ? null : "priya");
}
