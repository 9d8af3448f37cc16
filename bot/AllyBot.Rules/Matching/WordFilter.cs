namespace AllyBot.Rules.Matching;

/// <summary>
/// A one-hash Bloom filter over the words that can start a phrase. Almost every word of ordinary chat fails it,
/// which costs a few nanoseconds instead of a case-insensitive dictionary lookup.
/// </summary>
internal sealed class WordFilter
{
    private const int Bits = 1 << 16;
    private readonly ulong[] _bits = new ulong[Bits / 64];

    public void Add(ReadOnlySpan<char> word) => Set(Hash(word));

    public bool MightContain(ReadOnlySpan<char> word)
    {
        var bit = Hash(word);
        return (_bits[bit >> 6] & (1UL << (int)(bit & 63))) != 0;
    }

    private void Set(uint bit) => _bits[bit >> 6] |= 1UL << (int)(bit & 63);

    /// <summary>FNV-1a over case-folded characters, folded to 16 bits.</summary>
    private static uint Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            var folded = c <= 'Z' && c >= 'A' ? (char)(c | 0x20) : c < 128 ? c : char.ToLowerInvariant(c);
            hash = (hash ^ folded) * 16777619u;
        }

        return (hash ^ (hash >> 16)) & (Bits - 1);
    }
}
