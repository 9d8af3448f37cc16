namespace AllyBot.Core.Voices;

/// <summary>The numbers a voices digest shows.</summary>
public enum VoicesMetric
{
    /// <summary>Normalised entropy of messages (1 = even).</summary>
    Entropy,

    /// <summary>Gini of messages (0 = even).</summary>
    Gini,

    /// <summary>Members with at least one message, over N.</summary>
    SpeakerShare,

    /// <summary>Share of messages by the most active fifth.</summary>
    TopFifthShare,

    /// <summary>Share of credits received by the most-credited fifth.</summary>
    CreditTopFifthShare,

    /// <summary>Gini of credits received.</summary>
    CreditGini,
}
