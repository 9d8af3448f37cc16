using System.Collections.Frozen;

namespace AllyBot.Rules.Matching;

/// <summary>A node of a word trie: one step per word of a phrase, with the rules whose phrase ends here.</summary>
internal sealed class TrieNode(StringComparer comparer)
{
    private readonly Dictionary<string, TrieNode> _building = new(comparer);
    private FrozenDictionary<string, TrieNode>.AlternateLookup<ReadOnlySpan<char>> _next;
    private bool _hasChildren;
    private readonly List<PhraseEnd> _ends = [];

    /// <summary>A fast pre-check for <see cref="Next"/>; filled by <see cref="Freeze"/>.</summary>
    public WordFilter Filter { get; } = new();

    /// <summary>The rules (and rule exceptions) whose phrase ends at this node.</summary>
    public IReadOnlyList<PhraseEnd> Ends => _ends;

    public TrieNode Add(string word)
    {
        if (!_building.TryGetValue(word, out var child))
        {
            child = new TrieNode(comparer);
            _building.Add(word, child);
        }

        return child;
    }

    public void AddEnd(PhraseEnd end)
    {
        if (!_ends.Contains(end))
        {
            _ends.Add(end);
        }
    }

    /// <summary>Makes lookups fast and read-only. Call once, on the root, after the last <see cref="Add"/>.</summary>
    public void Freeze()
    {
        foreach (var child in _building.Values)
        {
            child.Freeze();
        }

        _hasChildren = _building.Count > 0;
        foreach (var word in _building.Keys)
        {
            Filter.Add(word);
        }

        _next = _building.ToFrozenDictionary(comparer).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public TrieNode? Next(ReadOnlySpan<char> word) =>
        _hasChildren && Filter.MightContain(word) && _next.TryGetValue(word, out var child) ? child : null;
}
