using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;

namespace AllyBot.Host.Dialogs;

/// <summary>
/// Asks the edge of the member's platform whether they are in do-not-disturb. Platforms without the idea (Teams, the
/// playground) register nothing, and their members are always reachable.
/// </summary>
internal sealed class DoNotDisturbRouter(IServiceProvider services) : IDoNotDisturb
{
    public Task<DateTimeOffset?> QuietUntilAsync(ChatAddress where, string userId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        services.GetKeyedService<IDoNotDisturb>(where.Platform) is { } platform
            ? platform.QuietUntilAsync(where, userId, now, cancellationToken)
            : Task.FromResult<DateTimeOffset?>(null);
}
