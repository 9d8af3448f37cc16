namespace AllyBot.Core.Scheduling;

/// <summary>What a scheduled dialog needs at a given moment.</summary>
public enum DialogDue
{
    /// <summary>Nothing to do yet (or the one reminder was already sent).</summary>
    Nothing,

    /// <summary>Send the one reminder now, then record that it was sent.</summary>
    Reminder,

    /// <summary>The dialog is over: drop its state silently and never mention it again.</summary>
    Expired,
}
