using AllyBot.Core.Dialogs;
using AllyBot.Core.Ports;
using AllyBot.Core.Settings;

namespace AllyBot.Testing;

/// <summary><see cref="IDialogStore"/> in memory: insert-if-absent by id and compare-and-swap on version, under one lock.</summary>
public sealed class InMemoryDialogStore : IDialogStore
{
    private readonly Dictionary<string, DialogState> _dialogs = new(StringComparer.Ordinal);
    private readonly Dictionary<MemberKey, DateTimeOffset> _pauses = [];
    private readonly Lock _lock = new();

    /// <summary>Every dialog ever started and not purged.</summary>
    public IReadOnlyList<DialogState> All
    {
        get
        {
            lock (_lock)
            {
                return [.. _dialogs.Values];
            }
        }
    }

    public Task<bool> TryStartAsync(DialogState dialog, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        lock (_lock)
        {
            return Task.FromResult(_dialogs.TryAdd(dialog.Id, dialog));
        }
    }

    public Task<DialogState?> GetAsync(string dialogId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_dialogs.GetValueOrDefault(dialogId));
        }
    }

    public Task<bool> TryUpdateAsync(DialogState updated, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(updated);
        lock (_lock)
        {
            if (!_dialogs.TryGetValue(updated.Id, out var stored) || stored.Version != updated.Version - 1)
            {
                return Task.FromResult(false);
            }

            _dialogs[updated.Id] = updated;
            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyList<DialogState>> ListOpenAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<DialogState>>([.. _dialogs.Values.Where(d => d.IsOpen)]);
        }
    }

    public Task<IReadOnlyList<DialogState>> ListOpenForMemberAsync(MemberKey member, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<DialogState>>([.. _dialogs.Values.Where(d => d.IsOpen && d.Member == member).OrderByDescending(d => d.UpdatedAt)]);
        }
    }

    public Task<DateTimeOffset?> GetPausedUntilAsync(MemberKey member, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_pauses.TryGetValue(member, out var until) ? until : (DateTimeOffset?)null);
        }
    }

    public Task PauseAsync(MemberKey member, DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _pauses[member] = until;
        }

        return Task.CompletedTask;
    }

    public Task<int> PurgeClosedAsync(DateTimeOffset startedBefore, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var old = _dialogs.Values.Where(d => !d.IsOpen && d.Timeline.StartedAt < startedBefore).Select(d => d.Id).ToList();
            old.ForEach(id => _dialogs.Remove(id));
            foreach (var ended in _pauses.Where(p => p.Value < startedBefore).Select(p => p.Key).ToList())
            {
                _pauses.Remove(ended);
            }

            return Task.FromResult(old.Count);
        }
    }

    public Task EraseAsync(MemberKey member, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            foreach (var id in _dialogs.Values.Where(d => d.Member == member).Select(d => d.Id).ToList())
            {
                _dialogs.Remove(id);
            }

            _pauses.Remove(member);
        }

        return Task.CompletedTask;
    }
}
