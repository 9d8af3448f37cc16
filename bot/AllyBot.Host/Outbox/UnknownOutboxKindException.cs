namespace AllyBot.Host.Outbox;

/// <summary>An outbox entry of a kind this build cannot send (written by a newer version?); it is dead-lettered.</summary>
internal sealed class UnknownOutboxKindException : Exception
{
    public UnknownOutboxKindException()
    {
    }

    public UnknownOutboxKindException(string kind)
        : base($"Unknown outbox entry kind '{kind}'.")
    {
    }

    public UnknownOutboxKindException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
