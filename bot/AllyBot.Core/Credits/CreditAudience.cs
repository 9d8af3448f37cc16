namespace AllyBot.Core.Credits;

/// <summary>Where the giver chose to share a credit.</summary>
public enum CreditAudience
{
    /// <summary>In the channel, in Friday's "This week's credits" post (the default), plus a DM to the person credited.</summary>
    Channel,

    /// <summary>Only a DM to the person credited.</summary>
    RecipientOnly,

    /// <summary>A DM to the person credited and one to their manager.</summary>
    RecipientAndManager,

    /// <summary>Already public: an amplification posted in the message's thread.</summary>
    Thread,
}
