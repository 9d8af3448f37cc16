namespace AllyBot.Host.Startup;

/// <summary>Where AllyBot finds its rules and keeps its data by default.</summary>
internal static class AllyBotPaths
{
    /// <summary>The rules shipped next to the app (copied on build and publish).</summary>
    public static string ShippedRules => Path.Combine(AppContext.BaseDirectory, "rules");

    /// <summary>The per-user data folder: <c>~/.local/share/AllyBot</c> on Linux.</summary>
    public static string DataFolder =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "AllyBot");

    public static string DefaultConnectionString => $"Data Source={Path.Combine(DataFolder, "allybot.db")}";
}
