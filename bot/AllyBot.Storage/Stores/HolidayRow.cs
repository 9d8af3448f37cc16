namespace AllyBot.Storage.Stores;

/// <summary>A <c>holidays</c> row as read.</summary>
internal sealed class HolidayRow
{
    public string HolidayDate { get; init; } = "";

    public string Name { get; init; } = "";
}
