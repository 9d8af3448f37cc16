using AllyBot.Core.Ports;
using AllyBot.Testing;

namespace AllyBot.Storage.Tests.Stores;

/// <summary>The in-memory fake keeps the same contract as the SQL store.</summary>
public sealed class InMemoryWorkspaceAdminStoreTests : WorkspaceAdminStoreContractTests
{
    private InMemoryWorkspaceAdminStore _store = null!;
    private InMemoryLanguageSettingsStore _language = null!;

    private protected override Task<(IWorkspaceAdminStore Store, IWorkspaceSettingsStore Settings)> CreateStoresAsync()
    {
        var settings = new InMemoryAllyStore();
        _language = new InMemoryLanguageSettingsStore();
        _store = new InMemoryWorkspaceAdminStore(settings, _language);
        return Task.FromResult<(IWorkspaceAdminStore, IWorkspaceSettingsStore)>((_store, settings));
    }

    private protected override ILanguageSettingsStore LanguageStore() => _language;

    private protected override IWorkspaceAdminStore OtherInstance() => _store;
}
