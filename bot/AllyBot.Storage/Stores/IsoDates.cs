using System.Globalization;

namespace AllyBot.Storage.Stores;

/// <summary>Dates are stored as <c>yyyy-MM-dd</c> text, which sorts and compares like the dates.</summary>
internal static class IsoDates
{
    private const string Format = "yyyy-MM-dd";

    public static string From(DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture);

    public static DateOnly ToDate(string text) => DateOnly.ParseExact(text, Format, CultureInfo.InvariantCulture);
}
