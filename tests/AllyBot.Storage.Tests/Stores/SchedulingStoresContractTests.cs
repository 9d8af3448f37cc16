using AllyBot.Core.Conversations;
using AllyBot.Core.Settings;

namespace AllyBot.Storage.Tests.Stores;

/// <summary>
/// What every implementation of the dialog, credit, channel settings, calendar, participation, voices snapshot and
/// delivery log ports must do, one partial file per port. Run against SQLite, PostgreSQL and the in-memory fakes, so
/// that fakes and real stores provably agree.
/// </summary>
public abstract partial class SchedulingStoresContractTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly ChatAddress General = new(ChatPlatform.Slack, "T1", "C-general");
    private static readonly ChatAddress Random = new(ChatPlatform.Slack, "T1", "C-random");
    private static readonly ChatAddress TeamsGeneral = new(ChatPlatform.Teams, "T1", "C-general");
    private static readonly MemberKey Alice = new("T1", "pseudonym-alice");
    private static readonly MemberKey Bob = new("T1", "pseudonym-bob");
    private static readonly MemberKey AliceElsewhere = new("T2", "pseudonym-alice");

    private SchedulingStores _stores = null!;

    /// <summary>Fresh, empty stores.</summary>
    private protected abstract Task<SchedulingStores> CreateStoresAsync();

    [SetUp]
    public async Task CreateAsync() => _stores = await CreateStoresAsync();
}
