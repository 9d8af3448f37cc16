using System.Collections.Concurrent;
using AllyBot.Core.Ports;
using AllyBot.Core.Scheduling;
using AllyBot.Core.Settings;
using AllyBot.Core.TeamSettings;

namespace AllyBot.Testing;

/// <summary><see cref="IMemberCalendarStore"/> in memory.</summary>
public sealed class InMemoryMemberCalendarStore : IMemberCalendarStore
{
    private readonly ConcurrentDictionary<MemberKey, MemberCalendarSettings> _members = new();
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<DateOnly, Holiday>> _holidays = new(StringComparer.Ordinal);

    public Task<MemberCalendarSettings> GetAsync(MemberKey member, CancellationToken cancellationToken = default) =>
        Task.FromResult(_members.GetValueOrDefault(member, MemberCalendarSettings.Default));

    public Task SaveAsync(MemberKey member, MemberCalendarSettings settings, CancellationToken cancellationToken = default)
    {
        _members[member] = settings;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Holiday>> GetHolidaysAsync(string workspaceId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Holiday>>(_holidays.TryGetValue(workspaceId, out var days) ? [.. days.Values.OrderBy(h => h.Date)] : []);

    public Task<bool> AddHolidayAsync(string workspaceId, Holiday holiday, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(holiday);
        return Task.FromResult(_holidays.GetOrAdd(workspaceId, _ => new()).TryAdd(holiday.Date, holiday));
    }

    public Task<bool> RemoveHolidayAsync(string workspaceId, DateOnly holidayDate, CancellationToken cancellationToken = default) =>
        Task.FromResult(_holidays.TryGetValue(workspaceId, out var days) && days.TryRemove(holidayDate, out _));

    public Task EraseAsync(MemberKey member, CancellationToken cancellationToken = default)
    {
        _members.TryRemove(member, out _);
        return Task.CompletedTask;
    }
}
