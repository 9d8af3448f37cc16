using System.Collections.Concurrent;
using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Core.Replies;
using AllyBot.Core.Settings;

namespace AllyBot.Testing;

/// <summary>Every storage port in memory, with the same semantics the database providers must have.</summary>
public sealed class InMemoryAllyStore : IMemberSettingsStore, IWorkspaceSettingsStore, INudgeLog, IMemberDataEraser, IFeedbackLog, IInstallationStore, ISentNudgeStore
{
    private readonly ConcurrentDictionary<MemberKey, MemberSettings> _members = new();
    private readonly ConcurrentDictionary<string, WorkspaceSettings> _workspaces = new();
    private readonly List<(MemberKey Member, string RuleId, DateTimeOffset At, string MessageRef)> _nudges = [];
    private readonly Lock _nudgesLock = new();

    public IReadOnlyList<(MemberKey Member, string RuleId, DateTimeOffset At)> Nudges
    {
        get
        {
            lock (_nudgesLock)
            {
                return [.. _nudges.Select(n => (n.Member, n.RuleId, n.At))];
            }
        }
    }

    public IReadOnlyDictionary<MemberKey, MemberSettings> Members => _members;

    private readonly ConcurrentDictionary<(ChatPlatform, string), Installation> _installations = new();

    public Task SaveAsync(Installation installation, CancellationToken cancellationToken = default)
    {
        _installations[(installation.Platform, installation.WorkspaceId)] = installation;
        return Task.CompletedTask;
    }

    public Task<Installation?> GetAsync(ChatPlatform platform, string workspaceId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_installations.GetValueOrDefault((platform, workspaceId)));

    public Task<bool> DeleteAsync(ChatPlatform platform, string workspaceId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_installations.TryRemove((platform, workspaceId), out _));

    public ConcurrentQueue<(string WorkspaceId, string ChannelId, string RuleId, DateTimeOffset At)> NotHelpful { get; } = new();

    /// <summary>Each press's reason by its position in <see cref="NotHelpful"/> (its id is the position plus one).</summary>
    public ConcurrentDictionary<long, string> NotHelpfulReasons { get; } = new();

    public Task<long> RecordNotHelpfulAsync(string workspaceId, string channelId, string ruleId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        lock (_nudgesLock)
        {
            NotHelpful.Enqueue((workspaceId, channelId, ruleId, at));
            return Task.FromResult((long)NotHelpful.Count);
        }
    }

    public Task<int> RecordReasonAsync(string workspaceId, IReadOnlyList<long> feedbackIds, string reason, CancellationToken cancellationToken = default)
    {
        var presses = NotHelpful.ToArray();
        var added = feedbackIds.Distinct()
            .Count(id => id >= 1 && id <= presses.Length && presses[id - 1].WorkspaceId == workspaceId && NotHelpfulReasons.TryAdd(id, reason));
        return Task.FromResult(added);
    }

    public void SetWorkspace(string workspaceId, WorkspaceSettings settings) => _workspaces[workspaceId] = settings;

    public Task<MemberSettings> GetAsync(MemberKey member, CancellationToken cancellationToken = default) =>
        Task.FromResult(_members.GetValueOrDefault(member, MemberSettings.Default));

    public Task SaveAsync(MemberKey member, MemberSettings settings, CancellationToken cancellationToken = default)
    {
        _members[member] = settings;
        return Task.CompletedTask;
    }

    public Task<WorkspaceSettings> GetAsync(string workspaceId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_workspaces.GetValueOrDefault(workspaceId, WorkspaceSettings.Default));

    public Task<bool> TryRecordAsync(MemberKey member, string ruleId, string messageRef, DateTimeOffset at, TimeSpan window, CancellationToken cancellationToken = default)
    {
        lock (_nudgesLock)
        {
            var inWindow = _nudges.FindAll(n => n.Member == member && n.RuleId == ruleId && n.At > at - window);
            if (inWindow.Count > 0)
            {
                return Task.FromResult(inWindow.Exists(n => n.MessageRef == messageRef));
            }

            _nudges.Add((member, ruleId, at, messageRef));
            return Task.FromResult(true);
        }
    }

    public Task<int> CountSinceAsync(MemberKey member, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        lock (_nudgesLock)
        {
            return Task.FromResult(_nudges.Count(n => n.Member == member && n.At >= since));
        }
    }

    public Task EraseAsync(MemberKey member, CancellationToken cancellationToken = default)
    {
        _members.TryRemove(member, out _);
        lock (_nudgesLock)
        {
            _nudges.RemoveAll(n => n.Member == member);
        }

        foreach (var key in _sentNudges.Where(s => s.Value.Member == member).Select(s => s.Key).ToList())
        {
            _sentNudges.TryRemove(key, out _);
        }

        return Task.CompletedTask;
    }

    private readonly ConcurrentDictionary<(ChatPlatform, string, string, string), (MemberKey Member, SentNudge Sent)> _sentNudges = new();

    public IReadOnlyList<SentNudge> SentNudges => [.. _sentNudges.Values.Select(v => v.Sent)];

    public Task SaveAsync(MemberKey member, SentNudge sent, CancellationToken cancellationToken = default)
    {
        _sentNudges[SentKey(sent.Where, sent.MessageId)] = (member, sent);
        return Task.CompletedTask;
    }

    public Task<SentNudge?> FindAsync(ChatAddress where, string messageId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_sentNudges.TryGetValue(SentKey(where, messageId), out var found) ? found.Sent : null);

    public Task<bool> DeleteAsync(ChatAddress where, string messageId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_sentNudges.TryRemove(SentKey(where, messageId), out _));

    public Task<int> PurgeBeforeAsync(DateTimeOffset sentBefore, CancellationToken cancellationToken = default)
    {
        var purged = 0;
        foreach (var key in _sentNudges.Where(s => s.Value.Sent.SentAt < sentBefore).Select(s => s.Key).ToList())
        {
            purged += _sentNudges.TryRemove(key, out _) ? 1 : 0;
        }

        return Task.FromResult(purged);
    }

    private static (ChatPlatform, string, string, string) SentKey(ChatAddress where, string messageId) => (where.Platform, where.WorkspaceId, where.ChannelId, messageId);
}
