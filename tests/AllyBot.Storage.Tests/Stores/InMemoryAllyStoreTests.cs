using AllyBot.Core.Settings;
using AllyBot.Testing;

namespace AllyBot.Storage.Tests.Stores;

/// <summary>The storage contract on the in-memory fake the other test projects use.</summary>
public sealed class InMemoryAllyStoreTests : AllyStoreContractTests<InMemoryAllyStore>
{
    protected override Task<InMemoryAllyStore> CreateStoreAsync() => Task.FromResult(new InMemoryAllyStore());

    protected override Task SetWorkspaceAsync(InMemoryAllyStore store, string workspaceId, WorkspaceSettings settings)
    {
        store.SetWorkspace(workspaceId, settings);
        return Task.CompletedTask;
    }

    protected override Task<IReadOnlyList<(string WorkspaceId, string ChannelId, string RuleId, DateTimeOffset At)>> ReadNotHelpfulAsync(InMemoryAllyStore store) =>
        Task.FromResult<IReadOnlyList<(string, string, string, DateTimeOffset)>>([.. store.NotHelpful]);
}
