namespace AllyBot.Rules.Matching;

/// <summary>A phrase of rule <paramref name="RuleIndex"/> ends here; an exception phrase when <paramref name="IsException"/>.</summary>
internal readonly record struct PhraseEnd(int RuleIndex, bool IsException);
