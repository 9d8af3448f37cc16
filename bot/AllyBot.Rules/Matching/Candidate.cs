namespace AllyBot.Rules.Matching;

/// <summary>A rule phrase (or exception phrase) found over tokens <paramref name="First"/>..<paramref name="Last"/>.</summary>
internal readonly record struct Candidate(int RuleIndex, int First, int Last, bool IsException)
{
    public int TokenCount => Last - First + 1;

    public bool Covers(Candidate other) => First <= other.First && Last >= other.Last;

    public bool Overlaps(Candidate other) => First <= other.Last && other.First <= Last;
}
