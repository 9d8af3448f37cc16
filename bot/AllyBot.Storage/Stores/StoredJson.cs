using System.Text.Json;
using AllyBot.Core.Scheduling;

namespace AllyBot.Storage.Stores;

/// <summary>The JSON text columns: lists of platform user ids, and away periods. Never message text.</summary>
internal static class StoredJson
{
    public static string FromIds(IReadOnlyList<string> ids) => JsonSerializer.Serialize(ids);

    public static IReadOnlyList<string> ToIds(string json) => JsonSerializer.Deserialize<string[]>(json) ?? [];

    public static string FromAwayPeriods(IReadOnlyList<AwayPeriod> periods) =>
        JsonSerializer.Serialize(periods.Select(p => new StoredAwayPeriod(p.From, p.To)).ToArray());

    public static IReadOnlyList<AwayPeriod> ToAwayPeriods(string json) =>
        [.. (JsonSerializer.Deserialize<StoredAwayPeriod[]>(json) ?? []).Select(p => new AwayPeriod(p.From, p.To))];
}
