namespace AllyBot.Core.Language;

/// <summary>A message's dominant language.</summary>
/// <param name="Language">A language code (<c>en</c>, <c>de</c>, <c>zh_chs</c>...).</param>
/// <param name="Confidence">0 to 1.</param>
/// <param name="Source">Who decided.</param>
public sealed record DetectedLanguage(string Language, double Confidence, LanguageSource Source);
