namespace AllyBot.Rules.Tests;

/// <summary>Locates the repository (the folder holding AllyBot.sln) from the test output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Rules => Path.Combine(Root, "rules");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AllyBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("AllyBot.sln not found above the test folder.");
    }
}
