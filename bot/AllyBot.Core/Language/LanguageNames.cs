using System.Globalization;

namespace AllyBot.Core.Language;

/// <summary>Language codes as people read them: "German (de)".</summary>
public static class LanguageNames
{
    /// <summary>The English name and the code, or just the code when the platform does not know it.</summary>
    public static string Describe(string code)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        var primary = code.Split('-', '_')[0];
        try
        {
            var culture = CultureInfo.GetCultureInfo(primary);
            return culture.EnglishName != primary && !culture.EnglishName.StartsWith("Unknown", StringComparison.Ordinal)
                ? $"{culture.EnglishName} ({code})"
                : code;
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }
}
