using System.Text.Json;
using AllyBot.Rules.Customizing;
using AllyBot.Rules.Model;

namespace AllyBot.Teams.Cards;

/// <summary>
/// The rule form's inputs exactly as typed (so a refused form comes back with nothing lost). Lists are one item per
/// line; words and suggestions may also be separated by commas.
/// </summary>
internal sealed record RuleFormValues(
    string Name = "",
    string Severity = "suggestion",
    string Words = "",
    string Pattern = "",
    string Suggestions = "",
    string Message = "",
    string Why = "",
    string Flag = "",
    string Pass = "")
{
    public const int MaxInputLength = 2000;

    /// <summary>The inputs in an <c>Action.Execute</c>'s data (Teams merges the card's inputs into it).</summary>
    public static RuleFormValues From(JsonElement data) => new(
        Read(data, RuleFormCard.NameId),
        Read(data, RuleFormCard.SeverityId),
        Read(data, RuleFormCard.WordsId),
        Read(data, RuleFormCard.PatternId),
        Read(data, RuleFormCard.SuggestionsId),
        Read(data, RuleFormCard.MessageId),
        Read(data, RuleFormCard.WhyId),
        Read(data, RuleFormCard.FlagId),
        Read(data, RuleFormCard.PassId));

    /// <summary>The fields for <see cref="CustomRuleFields"/>, or the problem with the severity (the only input the checker cannot see raw).</summary>
    public (CustomRuleFields? Fields, string? Problem) ToFields()
    {
        if (!SeverityNames.TryParse(Severity, out var severity))
        {
            return (null, $"severity: choose one of {string.Join(", ", SeverityNames.All)}");
        }

        var name = Name.Trim();
        if (name.StartsWith(CustomRules.Category + "/", StringComparison.OrdinalIgnoreCase))
        {
            name = name[(CustomRules.Category.Length + 1)..];
        }

        return (new CustomRuleFields(
            name, severity, Items(Words, commas: true), Pattern.Trim().Length > 0 ? Pattern.Trim() : null, Items(Suggestions, commas: true),
            Message.Trim(), Why.Trim(), Items(Flag, commas: false), Items(Pass, commas: false)), null);
    }

    private static string[] Items(string text, bool commas) =>
        text.Split(commas ? ['\n', '\r', ','] : ['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Read(JsonElement data, string id)
    {
        var value = data.ValueKind == JsonValueKind.Object && data.TryGetProperty(id, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : "";
        return value.Length > MaxInputLength ? value[..MaxInputLength] : value;
    }
}
