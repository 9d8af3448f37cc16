namespace AllyBot.Storage.Tests.Stores;

/// <summary>The scheduling stores' contract on the in-memory fakes the other test projects use.</summary>
public sealed class InMemorySchedulingStoresTests : SchedulingStoresContractTests
{
    private protected override Task<SchedulingStores> CreateStoresAsync() => Task.FromResult(SchedulingStores.InMemory());
}
