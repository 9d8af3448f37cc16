using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace AllyBot.Deployment.Tests.Containers;

/// <summary>infra/compose.yaml: AllyBot on PostgreSQL 16, health checks, restart policies, read-only AllyBot, secrets from the env file.</summary>
public sealed partial class ComposeTests
{
    private static readonly YamlMappingNode Root = Load();

    private static YamlMappingNode Services => (YamlMappingNode)Root["services"];

    private static YamlMappingNode AllyBot => (YamlMappingNode)Services["allybot"];

    private static YamlMappingNode Postgres => (YamlMappingNode)Services["postgres"];

    private static YamlMappingNode Load()
    {
        using var reader = new StreamReader(RepositoryPaths.Compose);
        var stream = new YamlStream();
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static string Scalar(YamlNode node, params string[] path)
    {
        foreach (var key in path)
        {
            node = ((YamlMappingNode)node)[key];
        }

        return ((YamlScalarNode)node).Value ?? "";
    }

    private static Dictionary<string, string> Environment(YamlMappingNode service) =>
        ((YamlMappingNode)service["environment"]).Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => ((YamlScalarNode)p.Value).Value ?? "");

    [Test]
    public void AllyBot_Build_UsesInfraDockerfileFromTheRepositoryRoot()
    {
        var context = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "infra", Scalar(AllyBot, "build", "context")));

        Assert.That(context.TrimEnd(Path.DirectorySeparatorChar), Is.EqualTo(RepositoryPaths.Root.TrimEnd(Path.DirectorySeparatorChar)));
        Assert.That(Scalar(AllyBot, "build", "dockerfile"), Is.EqualTo("infra/Dockerfile"));
    }

    [Test]
    public void AllyBot_Filesystem_IsReadOnlyWithTmpfsTmp()
    {
        Assert.That(Scalar(AllyBot, "read_only"), Is.EqualTo("true"));
        Assert.That(((YamlSequenceNode)AllyBot["tmpfs"]).Children.Select(c => ((YamlScalarNode)c).Value), Does.Contain("/tmp"));
    }

    [Test]
    public void AllyBot_Storage_IsPostgresOnTheComposeService()
    {
        var env = Environment(AllyBot);

        Assert.That(env["Storage__Provider"], Is.EqualTo("Postgres"));
        Assert.That(env["ConnectionStrings__AllyBot"], Does.Contain("Host=postgres;"));
        Assert.That(env["DataProtection__KeysPath"], Is.EqualTo("/data/keys"));
    }

    [Test]
    public void AllyBot_DependsOn_HealthyPostgres()
    {
        Assert.That(Scalar(AllyBot, "depends_on", "postgres", "condition"), Is.EqualTo("service_healthy"));
    }

    [TestCase("allybot")]
    [TestCase("postgres")]
    public void Service_RestartAndHealthcheck_AreSet(string name)
    {
        var service = (YamlMappingNode)Services[name];

        Assert.That(Scalar(service, "restart"), Is.AnyOf("always", "unless-stopped", "on-failure"));
        Assert.That(((YamlMappingNode)service["healthcheck"]).Children.ContainsKey("test"), Is.True);
    }

    [Test]
    public void AllyBot_Healthcheck_ProbesAFixedHealthEndpointWithoutCurl()
    {
        var test = string.Join(' ', ((YamlSequenceNode)((YamlMappingNode)AllyBot["healthcheck"])["test"]).Children.Select(c => ((YamlScalarNode)c).Value));

        Assert.That(test, Does.Contain("/readyz").Or.Contain("/healthz"));
        Assert.That(test, Does.Contain("8080").And.Not.Contain("curl"));
    }

    [Test]
    public void Postgres_Image_Is16WithANamedVolume()
    {
        Assert.That(Scalar(Postgres, "image"), Does.Match(@"^postgres:16(\.|-|$)"));
        var volume = ((YamlScalarNode)((YamlSequenceNode)Postgres["volumes"]).Children[0]).Value!;
        var name = volume.Split(':')[0];

        Assert.That(volume, Does.EndWith(":/var/lib/postgresql/data"));
        Assert.That(((YamlMappingNode)Root["volumes"]).Children.Keys.Select(k => ((YamlScalarNode)k).Value), Does.Contain(name));
    }

    [Test]
    public void Secrets_InEnvironment_ComeFromTheEnvFile()
    {
        var env = Environment(AllyBot).Concat(Environment(Postgres));
        var secretish = env.Where(p => SecretKey().IsMatch(p.Key)).ToList();

        Assert.That(secretish, Is.Not.Empty);
        foreach (var (key, value) in secretish)
        {
            var literal = Interpolation().Replace(value, "");
            Assert.That(literal, Does.Not.Match(@"(?i)password=[^;$]"), $"{key} holds a literal password");
            if (!key.StartsWith("ConnectionStrings__", StringComparison.Ordinal))
            {
                Assert.That(literal, Is.Empty, $"{key} must be a ${{VARIABLE}} from the env file");
            }
        }
    }

    [Test]
    public void EnvFileVariables_UsedInCompose_AreDocumentedInExampleEnv()
    {
        var used = Interpolation().Matches(File.ReadAllText(RepositoryPaths.Compose)).Select(m => m.Groups["name"].Value).ToHashSet();
        var documented = ExampleEnv.Read().Select(p => p.Key).ToHashSet();

        Assert.That(used.Where(v => !documented.Contains(v)), Is.Empty, "used in compose.yaml, missing from example.env");
        Assert.That(documented.Where(v => !used.Contains(v)), Is.Empty, "in example.env, unused by compose.yaml");
    }

    [GeneratedRegex(@"(?i)(secret|password|token|connectionstrings__)")]
    private static partial Regex SecretKey();

    [GeneratedRegex(@"\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*)(?::?[-?+][^}]*)?\}")]
    private static partial Regex Interpolation();
}
