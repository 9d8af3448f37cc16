namespace AllyBot.Core.Dialogs;

/// <summary>Which scheduled dialog a <see cref="DialogState"/> is.</summary>
public enum DialogKind
{
    /// <summary>The weekly "Credit someone" dialog.</summary>
    Credit,
}
