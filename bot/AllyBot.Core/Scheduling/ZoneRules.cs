using NodaTime;
using NodaTime.TimeZones;

namespace AllyBot.Core.Scheduling;

/// <summary>
/// The one place that touches the time-zone database. Everything public in this folder speaks BCL types
/// (<see cref="DateTimeOffset"/>, <see cref="DateOnly"/>, <see cref="TimeOnly"/>); NodaTime stays inside.
/// </summary>
/// <remarks>
/// Why NodaTime rather than <see cref="TimeZoneInfo"/> with IANA ids: (1) NodaTime ships its own tzdb snapshot, so
/// every host (slim containers without /usr/share/zoneinfo, Windows without ICU) and every test run sees the same
/// rules, and tests of DST edges are reproducible; (2) it has explicit resolvers for the two DST hazards: a local time
/// in a gap is shifted forward by the gap and an ambiguous local time takes its first occurrence
/// (<see cref="Resolvers.LenientResolver"/>), where TimeZoneInfo needs hand-written IsInvalidTime/IsAmbiguousTime
/// handling, the classic source of skipped, doubled or hour-shifted prompts; (3) LocalDate/LocalDateTime cannot be
/// confused with instants, unlike DateTime.Kind. The cost is one dependency whose tzdb is refreshed by updating
/// the package.
/// </remarks>
internal static class ZoneRules
{
    private static readonly IDateTimeZoneProvider Provider = DateTimeZoneProviders.Tzdb;

    private static readonly Dictionary<string, string> IdsIgnoringCase = Provider.Ids
        .GroupBy(id => id, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(group => group.Key, group => group.First(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The tzdb release in use, such as 2025b.</summary>
    public static string DatabaseVersion => Provider.VersionId;

    /// <summary>The canonical spelling of a known IANA id, or null.</summary>
    public static string? Find(string id) => IdsIgnoringCase.GetValueOrDefault(id);

    /// <summary>The zone for an id already checked with <see cref="Find"/>.</summary>
    public static DateTimeZone Get(string id) => Provider[id];

    /// <summary>Member-local date and wall time to an instant: gaps move forward by the gap, overlaps take the first occurrence.</summary>
    public static Instant Resolve(DateTimeZone zone, DateOnly date, TimeOnly time) =>
        zone.ResolveLocal(LocalDate.FromDateOnly(date).At(LocalTime.FromTimeOnly(time)), Resolvers.LenientResolver).ToInstant();

    /// <summary>Whether the wall time does not exist on that date (it falls in a DST gap).</summary>
    public static bool IsInGap(DateTimeZone zone, DateOnly date, TimeOnly time) =>
        zone.MapLocal(LocalDate.FromDateOnly(date).At(LocalTime.FromTimeOnly(time))).Count == 0;

    /// <summary>The first instant of a local date (not always midnight: some zones skip 00:00).</summary>
    public static Instant StartOfDay(DateTimeZone zone, DateOnly date) => zone.AtStartOfDay(LocalDate.FromDateOnly(date)).ToInstant();

    /// <summary>The local date at an instant.</summary>
    public static DateOnly DateAt(DateTimeZone zone, Instant instant) => instant.InZone(zone).Date.ToDateOnly();

    /// <summary>The local wall time at an instant.</summary>
    public static TimeOnly TimeAt(DateTimeZone zone, Instant instant) => instant.InZone(zone).TimeOfDay.ToTimeOnly();
}
