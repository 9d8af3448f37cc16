namespace AllyBot.Core.Outbox;

/// <summary>
/// Implemented by an edge's send exceptions to tell the outbox how to go on: wait at least <see cref="RetryAfter"/>
/// (a platform's <c>Retry-After</c>, or an open circuit), or give up at once when <see cref="IsPermanent"/>.
/// </summary>
public interface IDeliveryFailure
{
    /// <summary>How long the platform asked us to wait, if it did.</summary>
    TimeSpan? RetryAfter { get; }

    /// <summary>True when retrying cannot help (the channel is gone, the bot was removed...).</summary>
    bool IsPermanent { get; }

    /// <summary>A content-free code for the dead-letter row and logs (<c>channel_not_found</c>, <c>http_503</c>...).</summary>
    string ErrorCode { get; }
}
