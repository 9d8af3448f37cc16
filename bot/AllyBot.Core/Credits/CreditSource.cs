namespace AllyBot.Core.Credits;

/// <summary>How a credit was given.</summary>
public enum CreditSource
{
    /// <summary>The weekly "Credit someone" dialog.</summary>
    Dialog,

    /// <summary><c>/ally credit</c>.</summary>
    Command,

    /// <summary><c>/ally amplify</c>.</summary>
    Amplification,
}
