namespace AllyBot.Deployment.Tests;

/// <summary>Deployment files set only configuration keys the host documents (README.md, architecture.md).</summary>
public sealed class ConfigurationKeysTests
{
    private static IEnumerable<TestCaseData> DeploymentFiles()
    {
        yield return new TestCaseData("infra/Dockerfile").SetName("DeploymentFile_Dockerfile_SetsOnlyDocumentedKeys");
        yield return new TestCaseData("infra/compose.yaml").SetName("DeploymentFile_Compose_SetsOnlyDocumentedKeys");
        yield return new TestCaseData("deploymentTemplates/azure/main.bicep").SetName("DeploymentFile_Bicep_SetsOnlyDocumentedKeys");
    }

    [TestCaseSource(nameof(DeploymentFiles))]
    public void DeploymentFile_EnvironmentNames_MapToDocumentedKeys(string relativePath)
    {
        var names = ConfigurationKeys.EnvironmentNames(File.ReadAllText(Path.Combine(RepositoryPaths.Root, relativePath)));

        Assert.That(names, Is.Not.Empty, "expected Section__Key environment variables");
        Assert.That(names.Where(n => !ConfigurationKeys.Allowed.Contains(ConfigurationKeys.ToKey(n))), Is.Empty,
            $"{relativePath} sets keys that are not in README.md's configuration table or architecture.md");
    }

    [Test]
    public void ToKey_IndexedListEntry_DropsTheIndex()
    {
        Assert.That(ConfigurationKeys.ToKey("Teams__AllowedServiceUrls__0"), Is.EqualTo("Teams:AllowedServiceUrls"));
        Assert.That(ConfigurationKeys.ToKey("ConnectionStrings__AllyBot"), Is.EqualTo("ConnectionStrings:AllyBot"));
    }

    [Test]
    public void EnvironmentNames_SingleUnderscoreVariables_AreNotConfigurationKeys()
    {
        Assert.That(ConfigurationKeys.EnvironmentNames("ASPNETCORE_URLS=x XDG_DATA_HOME=/data Slack__SigningSecret: y"),
            Is.EqualTo(new[] { "Slack__SigningSecret" }));
    }

    [Test]
    public void AllowedKeys_Every_IsDocumentedByTheProject()
    {
        var documentation = File.ReadAllText(RepositoryPaths.Readme);
        if (RepositoryPaths.Architecture is { } architecture)
        {
            documentation += File.ReadAllText(architecture);
        }

        var hostSource = string.Concat(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "bot"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText));

        Assert.That(ConfigurationKeys.Allowed.Where(k => !documentation.Contains(k, StringComparison.Ordinal) && !hostSource.Contains($"\"{k}\"", StringComparison.Ordinal)),
            Is.Empty, "keys in the test's allowed list that neither the docs nor the host's source name");
    }
}
