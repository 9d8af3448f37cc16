using AllyBot.Rules.Language;
using AllyBot.Rules.Model;

namespace AllyBot.Core.Language;

/// <summary>A message checked with the rules of the languages it is written in.</summary>
/// <param name="Dominant">The message's dominant language.</param>
/// <param name="Spans">Which rules read which part of the message.</param>
/// <param name="Findings">The findings, by position in the whole message.</param>
/// <param name="Unsupported">Languages of parts that were skipped because no rule speaks them.</param>
public sealed record LanguageEvaluation(DetectedLanguage Dominant, IReadOnlyList<LanguageSpan> Spans, IReadOnlyList<Finding> Findings, IReadOnlyList<string> Unsupported);
