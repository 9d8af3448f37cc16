using AllyBot.Core.Settings;

namespace AllyBot.Core.Ports;

/// <summary>Members' own settings, keyed by pseudonym.</summary>
public interface IMemberSettingsStore
{
    /// <summary>The member's settings, or <see cref="MemberSettings.Default"/> when they never changed any.</summary>
    Task<MemberSettings> GetAsync(MemberKey member, CancellationToken cancellationToken = default);

    /// <summary>Stores the member's settings.</summary>
    Task SaveAsync(MemberKey member, MemberSettings settings, CancellationToken cancellationToken = default);
}
