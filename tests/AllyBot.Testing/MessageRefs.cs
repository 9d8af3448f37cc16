namespace AllyBot.Testing;

/// <summary>Distinct message references for rate-limit records, one per call, as if each were a different message.</summary>
public static class MessageRefs
{
    private static long _next;

    public static string Next() => $"test-message-{Interlocked.Increment(ref _next)}";
}
