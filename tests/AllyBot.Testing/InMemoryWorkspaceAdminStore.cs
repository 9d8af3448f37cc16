using AllyBot.Core.Admin;
using AllyBot.Core.Ports;
using AllyBot.Core.Settings;

namespace AllyBot.Testing;

/// <summary>
/// Workspace admin configuration and audit log in memory, with the SQL store's semantics (compare-and-swap on the
/// version, one sequence for every save). Mirrors the severity floor and channels off into <paramref name="settings"/>
/// when given, as the SQL store does into its workspace settings tables, and the Azure AI Language switches into
/// <paramref name="language"/> when given.
/// </summary>
public sealed class InMemoryWorkspaceAdminStore(InMemoryAllyStore? settings = null, InMemoryLanguageSettingsStore? language = null) : IWorkspaceAdminStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, (WorkspaceAdminConfig Config, long Sequence)> _configs = new(StringComparer.Ordinal);
    private readonly List<(string WorkspaceId, AdminAuditEntry Entry)> _audit = [];
    private long _sequence;

    public Task<WorkspaceAdminConfig> GetAsync(string workspaceId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_configs.TryGetValue(workspaceId, out var stored) ? stored.Config : WorkspaceAdminConfig.Empty);
        }
    }

    public Task<long?> TrySaveAsync(string workspaceId, WorkspaceAdminConfig current, WorkspaceAdminConfig updated, AdminChange change, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var stored = _configs.TryGetValue(workspaceId, out var found) ? found.Config.Version : 0;
            if (stored != current.Version)
            {
                return Task.FromResult<long?>(null);
            }

            _configs[workspaceId] = (updated with { Version = current.Version + 1 }, ++_sequence);
            settings?.SetWorkspace(workspaceId, new WorkspaceSettings(updated.SeverityFloor, updated.ChannelsOff.ToHashSet(StringComparer.Ordinal)));
            language?.Mirror(workspaceId, updated.LanguageEnrichmentOn, updated.PiiRedactionOn);
            if (change.Undoes is { } undone)
            {
                var index = _audit.FindIndex(a => a.WorkspaceId == workspaceId && a.Entry.Id == undone);
                if (index >= 0)
                {
                    _audit[index] = (workspaceId, _audit[index].Entry with { Undone = true });
                }
            }

            var id = _audit.Count + 1;
            _audit.Add((workspaceId, new AdminAuditEntry(id, change, current with { Version = 0 }, Undone: false)));
            return Task.FromResult<long?>(id);
        }
    }

    public Task<long> CurrentSequenceAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_sequence);
        }
    }

    public Task<AdminConfigChanges> ChangedSinceAsync(long sequence, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var changed = _configs.Where(c => c.Value.Sequence > sequence).ToDictionary(c => c.Key, c => c.Value.Config, StringComparer.Ordinal);
            var newest = _configs.Values.Where(c => c.Sequence > sequence).Select(c => c.Sequence).DefaultIfEmpty(sequence).Max();
            return Task.FromResult(new AdminConfigChanges(newest, changed));
        }
    }

    public Task<IReadOnlyList<AdminAuditEntry>> HistoryAsync(string workspaceId, int count, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<AdminAuditEntry>>([.. _audit.Where(a => a.WorkspaceId == workspaceId).Select(a => a.Entry).Reverse().Take(count)]);
        }
    }
}
