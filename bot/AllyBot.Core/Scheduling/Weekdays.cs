namespace AllyBot.Core.Scheduling;

/// <summary>A set of days of the week, as flags so that a schedule or working week compares by value.</summary>
[Flags]
public enum Weekdays
{
    /// <summary>No day.</summary>
    None = 0,

    /// <summary>Monday.</summary>
    Monday = 1,

    /// <summary>Tuesday.</summary>
    Tuesday = 2,

    /// <summary>Wednesday.</summary>
    Wednesday = 4,

    /// <summary>Thursday.</summary>
    Thursday = 8,

    /// <summary>Friday.</summary>
    Friday = 16,

    /// <summary>Saturday.</summary>
    Saturday = 32,

    /// <summary>Sunday.</summary>
    Sunday = 64,

    /// <summary>Monday to Friday, the default working week and what <c>daily</c> means.</summary>
    MondayToFriday = Monday | Tuesday | Wednesday | Thursday | Friday,

    /// <summary>Every day.</summary>
    All = MondayToFriday | Saturday | Sunday,
}
