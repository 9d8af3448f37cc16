namespace AllyBot.Teams.Cards;

/// <summary>Answers the cards give in words.</summary>
internal static class CardText
{
    /// <summary>The same answer <c>/ally admin</c> gives non-admins.</summary>
    public const string AdminsOnly = "Sorry, `/ally admin` is for workspace admins only. An admin can give you access with `/ally admin grant @you`.";

    public const string Unavailable = "Settings are not available on this AllyBot; type the commands instead (`/ally help`).";

    public const string Slow = "Still working on it; type `/ally settings` in a moment to see the result.";

    public const string Failed = "That did not work this time; nothing may have changed. Please try again.";
}
