namespace AllyBot.Core.Dialogs;

/// <summary>Where a dialog's life stands. Every status but <see cref="Open"/> is final.</summary>
public enum DialogStatus
{
    /// <summary>Waiting for the member (see <see cref="DialogState.Step"/>).</summary>
    Open,

    /// <summary>Answered to the end; the credits are recorded.</summary>
    Completed,

    /// <summary>"Skip this week".</summary>
    Skipped,

    /// <summary>"Pause 4 weeks".</summary>
    Paused,

    /// <summary>Not finished within 72 hours; dropped silently.</summary>
    Expired,
}
