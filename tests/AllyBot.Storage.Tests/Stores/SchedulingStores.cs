using AllyBot.Core.Ports;
using AllyBot.Storage.Connections;
using AllyBot.Storage.Stores;
using AllyBot.Testing;

namespace AllyBot.Storage.Tests.Stores;

/// <summary>One implementation of each port the scheduled dialogs, credits, voices and language features store through.</summary>
internal sealed record SchedulingStores(
    IDialogStore Dialogs,
    ICreditStore Credits,
    ITeamSettingsStore TeamSettings,
    IMemberCalendarStore Calendars,
    IParticipationCounter Counter,
    IVoicesSnapshotStore Snapshots,
    IDeliveryLog Deliveries,
    ILanguageSettingsStore Language)
{
    /// <summary>The SQL stores on <paramref name="connections"/>.</summary>
    public static SchedulingStores On(IStorageConnectionFactory connections) => new(
        new SqlDialogStore(connections),
        new SqlCreditStore(connections),
        new SqlTeamSettingsStore(connections),
        new SqlMemberCalendarStore(connections),
        new SqlParticipationCounter(connections),
        new SqlVoicesSnapshotStore(connections),
        new SqlDeliveryLog(connections),
        new SqlLanguageSettingsStore(connections));

    /// <summary>The in-memory fakes the other test projects use.</summary>
    public static SchedulingStores InMemory() => new(
        new InMemoryDialogStore(),
        new InMemoryCreditStore(),
        new InMemoryTeamSettingsStore(),
        new InMemoryMemberCalendarStore(),
        new InMemoryParticipationCounter(),
        new InMemoryVoicesSnapshotStore(),
        new InMemoryDeliveryLog(),
        new InMemoryLanguageSettingsStore());
}
