using System.Security.Cryptography;
using System.Text;
using AllyBot.Core.Conversations;
using AllyBot.Core.Language;
using AllyBot.Core.Ports;
using AllyBot.Rules;
using AllyBot.Rules.Customizing;
using AllyBot.Rules.Model;

namespace AllyBot.Core.Admin;

/// <summary>
/// The rules in force per workspace and channel: the shipped rules plus the workspace's custom rules, with its
/// switches and severity overrides applied. Lookups read an immutable in-memory snapshot and never wait on the
/// database; <see cref="RefreshAsync"/> (after a change here, and every few seconds by the host for changes made on
/// other instances) rebuilds only the workspaces that changed. Each distinct effective rule list is compiled once and
/// shared, whichever workspaces and channels use it. The custom classifier's rules (<paramref name="classifier"/>) are
/// listed and switched like the others but never compiled: they match no words (see <see cref="Effective"/>).
/// </summary>
public sealed class EffectiveRuleSetProvider(RuleSet shipped, IWorkspaceAdminStore store, ClassifierRules? classifier = null) : IRuleSetProvider, IDisposable
{
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private Dictionary<string, RuleSet> _compiled = new(StringComparer.Ordinal);
    private volatile Snapshot _snapshot = new(0, new Dictionary<string, WorkspaceRuleSets>(StringComparer.Ordinal));

    /// <summary>The rules shipped with AllyBot, before any workspace's choices.</summary>
    public RuleSet Shipped => shipped;

    /// <summary>The store sequence number the snapshot reflects.</summary>
    public long Sequence => _snapshot.Sequence;

    /// <summary>How many distinct rule sets are compiled besides the shipped one.</summary>
    public int CompiledSets => _compiled.Count;

    /// <inheritdoc />
    public RuleSet RulesFor(ChatAddress where)
    {
        ArgumentNullException.ThrowIfNull(where);
        return _snapshot.Workspaces.TryGetValue(where.WorkspaceId, out var workspace)
            ? workspace.ByChannel.GetValueOrDefault(where.ChannelId) ?? workspace.Everywhere
            : shipped;
    }

    /// <summary>Every rule a workspace has (shipped, its custom ones, the classifier's), before its switches and overrides.</summary>
    public IReadOnlyList<Rule> AllRules(WorkspaceAdminConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return [.. CompiledRules(config), .. classifier?.Rules ?? []];
    }

    /// <summary><paramref name="rule"/> as the workspace's switches and severity overrides make it in <paramref name="where"/>'s channel.</summary>
    public Rule Effective(ChatAddress where, Rule rule)
    {
        ArgumentNullException.ThrowIfNull(where);
        ArgumentNullException.ThrowIfNull(rule);
        return _snapshot.Workspaces.TryGetValue(where.WorkspaceId, out var workspace)
            ? RuleSetComposer.Compose([rule], workspace.Switches, workspace.Severities, where.ChannelId)[0]
            : rule;
    }

    /// <summary>Loads the workspaces changed since the snapshot and swaps in a new snapshot; returns whether anything changed.</summary>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken = default)
    {
        await _refreshing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var current = _snapshot;
            if (await store.CurrentSequenceAsync(cancellationToken).ConfigureAwait(false) == current.Sequence)
            {
                return false;
            }

            var changes = await store.ChangedSinceAsync(current.Sequence, cancellationToken).ConfigureAwait(false);
            var workspaces = new Dictionary<string, WorkspaceRuleSets>(current.Workspaces, StringComparer.Ordinal);
            var compiled = new Dictionary<string, RuleSet>(StringComparer.Ordinal);
            foreach (var (workspaceId, config) in changes.Changed)
            {
                if (config.ChangesRules)
                {
                    workspaces[workspaceId] = Build(config, compiled);
                }
                else
                {
                    workspaces.Remove(workspaceId);
                }
            }

            // Keep the compiled sets still in use by the workspaces that did not change.
            foreach (var set in workspaces.Values.SelectMany(w => w.Fingerprints))
            {
                if (!compiled.ContainsKey(set.Key))
                {
                    compiled[set.Key] = set.Value;
                }
            }

            _compiled = compiled;
            _snapshot = new Snapshot(changes.Sequence, workspaces);
            return changes.Changed.Count > 0;
        }
        finally
        {
            _refreshing.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _refreshing.Dispose();

    private WorkspaceRuleSets Build(WorkspaceAdminConfig config, Dictionary<string, RuleSet> compiled)
    {
        var all = CompiledRules(config);
        var fingerprints = new Dictionary<string, RuleSet>(StringComparer.Ordinal);
        RuleSet For(string? channelId)
        {
            var composed = RuleSetComposer.Compose(all, config.Switches, config.Severities, channelId);
            var key = Fingerprint(composed);
            if (key.Length == 0)
            {
                return shipped;
            }

            if (!compiled.TryGetValue(key, out var set) && !_compiled.TryGetValue(key, out set))
            {
                set = RuleSet.Create(composed);
            }

            compiled[key] = set;
            fingerprints[key] = set;
            return set;
        }

        var everywhere = For(null);
        var byChannel = config.Switches.Where(s => s.ChannelId is not null).Select(s => s.ChannelId!).Distinct(StringComparer.Ordinal)
            .ToDictionary(channel => channel, channel => For(channel), StringComparer.Ordinal);
        return new WorkspaceRuleSets(everywhere, byChannel, fingerprints, config.Switches, config.Severities);
    }

    /// <summary>What sets <paramref name="composed"/> apart from the shipped rules; empty when nothing does.</summary>
    private string Fingerprint(IReadOnlyList<Rule> composed)
    {
        var text = new StringBuilder();
        foreach (var rule in composed)
        {
            var original = shipped.Find(rule.Id);
            if (original is null)
            {
                text.Append("custom ").Append(rule.Enabled).Append(' ').Append(rule.Severity).Append(' ').Append(rule.Id).Append('\n');
                AppendCustom(text, rule);
            }
            else if (original.Enabled != rule.Enabled || original.Severity != rule.Severity)
            {
                text.Append(rule.Id).Append(' ').Append(rule.Enabled).Append(' ').Append(rule.Severity).Append('\n');
            }
        }

        return text.Length == 0 ? "" : Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static void AppendCustom(StringBuilder text, Rule rule) =>
        text.AppendJoin('\u001f', rule.Words).Append('\u001e').Append(rule.Pattern).Append('\u001e').AppendJoin('\u001f', rule.Suggestions)
            .Append('\u001e').Append(rule.Message).Append('\u001e').Append(rule.Why).Append('\u001e').AppendJoin('\u001f', rule.Exceptions)
            .Append('\u001e').Append(rule.Link).Append('\u001e').Append(rule.CaseSensitive).Append('\u001e').Append(rule.Locale).Append('\n');

    /// <summary>The rules that match words: shipped, then the workspace's custom ones.</summary>
    private IReadOnlyList<Rule> CompiledRules(WorkspaceAdminConfig config) => [.. shipped.Rules, .. CustomRulesOf(config)];

    private static IEnumerable<Rule> CustomRulesOf(WorkspaceAdminConfig config) =>
        config.CustomRules.Select(r => CustomRules.ParseStored(r.Yaml)).OfType<Rule>();

    private sealed record Snapshot(long Sequence, IReadOnlyDictionary<string, WorkspaceRuleSets> Workspaces);

    private sealed record WorkspaceRuleSets(
        RuleSet Everywhere,
        IReadOnlyDictionary<string, RuleSet> ByChannel,
        IReadOnlyDictionary<string, RuleSet> Fingerprints,
        IReadOnlyList<RuleSwitch> Switches,
        IReadOnlyDictionary<string, Severity> Severities);
}
