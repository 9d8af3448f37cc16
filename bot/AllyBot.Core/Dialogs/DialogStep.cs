namespace AllyBot.Core.Dialogs;

/// <summary>What an open credit dialog waits for.</summary>
public enum DialogStep
{
    /// <summary>1. Whose work helped you this week?</summary>
    ChooseRecipients,

    /// <summary>2. What exactly did they do?</summary>
    DescribeContribution,

    /// <summary>3. Share where?</summary>
    ChooseAudience,
}
