namespace AllyBot.Core.Language;

/// <summary>Where a message's language came from (the <c>source</c> tag of <c>allybot.language.detected</c>).</summary>
public enum LanguageSource
{
    /// <summary>The local guess was sure.</summary>
    Local,

    /// <summary>Azure AI Language answered within the budget.</summary>
    Service,

    /// <summary>The local guess's leader, though unsure, because the service was off, slow or failing.</summary>
    LocalUnsure,

    /// <summary>Nothing to go on: the configured default language.</summary>
    Default,
}
