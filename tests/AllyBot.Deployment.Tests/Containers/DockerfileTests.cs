namespace AllyBot.Deployment.Tests.Containers;

/// <summary>infra/Dockerfile: multi-stage, non-root, port 8080, every write under /data, a health check without curl.</summary>
public sealed class DockerfileTests
{
    private static readonly Dockerfile Image = new(RepositoryPaths.Dockerfile);

    [Test]
    public void Stages_BuildAndRuntime_UseTheDotnet10SdkThenTheAspnetRuntime()
    {
        var froms = Image.Instructions.Where(i => i.Keyword == "FROM").Select(i => i.Arguments).ToList();

        Assert.That(froms, Has.Count.EqualTo(2));
        Assert.That(froms[0], Does.StartWith("mcr.microsoft.com/dotnet/sdk:10.0 "));
        Assert.That(froms[^1], Does.StartWith("mcr.microsoft.com/dotnet/aspnet:10.0"));
    }

    [Test]
    public void BuildStage_Publish_PublishesTheHostProject()
    {
        var runs = Image.Instructions.Where(i => i.Stage == 0 && i.Keyword == "RUN").Select(i => i.Arguments);

        Assert.That(runs, Has.Some.Match(@"^dotnet publish bot/AllyBot\.Host/AllyBot\.Host\.csproj\b.*-c Release"));
    }

    [Test]
    public void BuildStage_CopiedSources_ExistInTheRepository()
    {
        foreach (var copy in Image.Instructions.Where(i => i.Stage == 0 && i.Keyword == "COPY"))
        {
            var sources = copy.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)[..^1].Where(s => !s.StartsWith("--", StringComparison.Ordinal));
            foreach (var source in sources)
            {
                var path = Path.Combine(RepositoryPaths.Root, source);
                Assert.That(File.Exists(path) || Directory.Exists(path), Is.True, $"COPY source {source} (the build context is the repository root)");
            }
        }
    }

    [Test]
    public void RuntimeStage_User_IsNonRoot()
    {
        var user = Image.Final("USER").LastOrDefault();

        Assert.That(user, Is.Not.Null, "the runtime stage must switch to a non-root USER");
        var name = user!.Arguments.Split(':')[0];
        Assert.That(name, Is.AnyOf("1654", "app", "$APP_UID"));
    }

    [Test]
    public void RuntimeStage_Port_Is8080()
    {
        Assert.That(Image.Final("EXPOSE").Select(e => e.Arguments), Is.EqualTo(new[] { "8080" }));
        Assert.That(Image.FinalEnvironment()["ASPNETCORE_URLS"], Is.EqualTo("http://+:8080"));
    }

    [Test]
    public void RuntimeStage_Writes_AllGoUnderData()
    {
        var env = Image.FinalEnvironment();

        Assert.That(env["ConnectionStrings__AllyBot"], Is.EqualTo("Data Source=/data/allybot.db"));
        Assert.That(env["DataProtection__KeysPath"], Is.EqualTo("/data/keys"));
        Assert.That(env["HOME"], Does.StartWith("/data"));
        Assert.That(env["XDG_DATA_HOME"], Does.StartWith("/data"));
        Assert.That(Image.Final("VOLUME").Select(v => v.Arguments), Has.Some.Contain("/data"));
    }

    [Test]
    public void RuntimeStage_Healthcheck_ProbesHealthzWithoutCurlOrWget()
    {
        var health = Image.Final("HEALTHCHECK").Single().Arguments;

        Assert.That(health, Does.Contain("/healthz").And.Contain("8080"));
        Assert.That(health, Does.Not.Contain("curl").And.Not.Contain("wget"));
    }

    [Test]
    public void RuntimeStage_Entrypoint_RunsTheHost()
    {
        Assert.That(Image.Final("ENTRYPOINT").Single().Arguments, Is.EqualTo("[\"dotnet\", \"AllyBot.Host.dll\"]"));
    }

    [Test]
    public void DockerIgnore_BuildOutputsAndGit_AreExcluded()
    {
        var patterns = File.ReadAllLines(RepositoryPaths.DockerIgnore).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

        foreach (var folder in new[] { "bin", "obj", "artifacts", "node_modules" })
        {
            Assert.That(patterns, Has.Some.Matches<string>(p => p.TrimEnd('/') == $"**/{folder}" || p.TrimEnd('/') == folder), folder);
        }

        Assert.That(patterns, Has.Some.Matches<string>(p => p.TrimEnd('/') == ".git"), ".git");
    }

    [Test]
    public void DockerIgnore_Location_IsBesideTheDockerfileNotAtTheRoot()
    {
        Assert.That(File.Exists(RepositoryPaths.DockerIgnore), Is.True);
        Assert.That(File.Exists(Path.Combine(RepositoryPaths.Root, ".dockerignore")), Is.False);
    }
}
