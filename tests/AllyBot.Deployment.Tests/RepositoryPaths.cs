namespace AllyBot.Deployment.Tests;

/// <summary>Locates the repository (the folder holding AllyBot.sln) and the deployment files in it.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Dockerfile => Path.Combine(Root, "infra", "Dockerfile");

    public static string DockerIgnore => Path.Combine(Root, "infra", "Dockerfile.dockerignore");

    public static string Compose => Path.Combine(Root, "infra", "compose.yaml");

    public static string ExampleEnv => Path.Combine(Root, "infra", "example.env");

    public static string DevScripts => Path.Combine(Root, "infra", "dev");

    public static string Azure => Path.Combine(Root, "deploymentTemplates", "azure");

    public static string Bicep => Path.Combine(Azure, "main.bicep");

    public static string ArmTemplate => Path.Combine(Azure, "main.json");

    public static string ArmParametersExample => Path.Combine(Azure, "main.parameters.example.json");

    public static string Readme => Path.Combine(Root, "README.md");

    /// <summary>shared/design/architecture.md, beside the repository (as CI and developers have it); null when absent.</summary>
    public static string? Architecture
    {
        get
        {
            var path = Path.Combine(Root, "..", "shared", "design", "architecture.md");
            return File.Exists(path) ? Path.GetFullPath(path) : null;
        }
    }

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
