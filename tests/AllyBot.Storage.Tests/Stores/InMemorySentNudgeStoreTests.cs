using AllyBot.Core.Ports;
using AllyBot.Testing;

namespace AllyBot.Storage.Tests.Stores;

/// <summary>The sent-nudge contract on the in-memory fake the other test projects use.</summary>
public sealed class InMemorySentNudgeStoreTests : SentNudgeStoreContractTests
{
    private protected override Task<(ISentNudgeStore Store, IMemberDataEraser Eraser)> CreateStorageAsync()
    {
        var store = new InMemoryAllyStore();
        return Task.FromResult<(ISentNudgeStore, IMemberDataEraser)>((store, store));
    }
}
