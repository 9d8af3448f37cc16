namespace AllyBot.Core.Language;

/// <summary>A label a custom text classification deployment gave a document.</summary>
/// <param name="Category">The label, as the project names it.</param>
/// <param name="Confidence">0 to 1.</param>
public sealed record ClassLabel(string Category, double Confidence);
