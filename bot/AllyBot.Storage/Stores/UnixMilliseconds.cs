namespace AllyBot.Storage.Stores;

/// <summary>Times are stored as unix milliseconds (UTC); anything finer is cut off.</summary>
internal static class UnixMilliseconds
{
    public static long From(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    public static DateTimeOffset ToTime(long milliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
}
