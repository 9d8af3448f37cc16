namespace AllyBot.Core.Admin;

/// <summary>The outcome of applying an admin command to the current configuration: a change to save, or an answer without one.</summary>
/// <param name="Next">The new configuration, or null when nothing changes.</param>
/// <param name="Text">For a change, what changed (it goes to the audit log); otherwise the answer (why nothing changed).</param>
public sealed record AdminEdit(WorkspaceAdminConfig? Next, string Text)
{
    /// <summary>Save <paramref name="next"/>; <paramref name="action"/> says what changed.</summary>
    public static AdminEdit Change(WorkspaceAdminConfig next, string action) => new(next, action);

    /// <summary>Change nothing and answer <paramref name="answer"/>.</summary>
    public static AdminEdit Refuse(string answer) => new(null, answer);
}
