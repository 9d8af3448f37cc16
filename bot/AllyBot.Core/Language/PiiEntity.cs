namespace AllyBot.Core.Language;

/// <summary>Personal data found in a document.</summary>
/// <param name="Category">The service's category (<c>Person</c>, <c>Email</c>, <c>PhoneNumber</c>...).</param>
/// <param name="Offset">Offset in UTF-16 code units.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
/// <param name="Confidence">0 to 1.</param>
public sealed record PiiEntity(string Category, int Offset, int Length, double Confidence)
{
    /// <summary>Offset just past the entity.</summary>
    public int End => Offset + Length;

    /// <summary>Never prints the text (there is none here, but keep it that way).</summary>
    public override string ToString() => $"PiiEntity {{ {Category}, {Offset}+{Length}, {Confidence:0.00} }}";
}
