namespace AllyBot.Host.Admin;

/// <summary>Workspace admin settings of the host (section <c>Admin</c>).</summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    /// <summary>How often each instance checks the database for rule changes made elsewhere. <value>Default: 5 seconds.</value></summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(5);
}
