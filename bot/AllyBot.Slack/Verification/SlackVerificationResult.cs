namespace AllyBot.Slack.Verification;

/// <summary>The verdict on one request's signature headers.</summary>
internal enum SlackVerificationResult
{
    /// <summary>Signed by Slack, recently.</summary>
    Valid,

    /// <summary>A signature or timestamp header is missing.</summary>
    MissingHeaders,

    /// <summary>The timestamp is not a number of seconds.</summary>
    MalformedTimestamp,

    /// <summary>The timestamp is more than five minutes old (a replay).</summary>
    StaleTimestamp,

    /// <summary>The timestamp is more than five minutes ahead.</summary>
    FutureTimestamp,

    /// <summary>The signature does not match.</summary>
    BadSignature,
}
