using System.Text.Json;
using AllyBot.Cli.Output;
using AllyBot.Rules.Model;

namespace AllyBot.Cli.Tests.Output;

public sealed class SarifFindingWriterTests
{
    private static JsonDocument Write(IReadOnlyList<LocatedFinding> findings)
    {
        using var output = new StringWriter();
        new SarifFindingWriter().Write(output, findings, 1);
        return JsonDocument.Parse(output.ToString());
    }

    private static JsonElement Run(JsonDocument sarif) => sarif.RootElement.GetProperty("runs").EnumerateArray().Single();

    private static JsonElement Region(JsonElement result) =>
        result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");

    [Test]
    public void Write_AnyFindings_IsASarif210LogFromTheAllybotDriver()
    {
        using var sarif = Write(DemoFindings.Locate("hey guys", DemoFindings.Guys()));

        Assert.Multiple(() =>
        {
            Assert.That(sarif.RootElement.GetProperty("version").GetString(), Is.EqualTo("2.1.0"));
            Assert.That(sarif.RootElement.GetProperty("$schema").GetString(), Does.EndWith("sarif-2.1.0.json"));
            Assert.That(Run(sarif).GetProperty("tool").GetProperty("driver").GetProperty("name").GetString(), Is.EqualTo("allybot"));
            Assert.That(Run(sarif).GetProperty("columnKind").GetString(), Is.EqualTo("utf16CodeUnits"));
        });
    }

    [Test]
    public void Write_Finding_ResultHasRuleIdLevelMessageAndRegion()
    {
        using var sarif = Write(DemoFindings.Locate("morning\nhey guys", DemoFindings.Guys()));

        var result = Run(sarif).GetProperty("results").EnumerateArray().Single();
        var region = Region(result);
        Assert.Multiple(() =>
        {
            Assert.That(result.GetProperty("ruleId").GetString(), Is.EqualTo("demo/guys"));
            Assert.That(result.GetProperty("level").GetString(), Is.EqualTo("note"));
            Assert.That(result.GetProperty("message").GetProperty("text").GetString(), Is.EqualTo("Try \"folks\" instead of \"guys\". Try: folks, everyone."));
            Assert.That(result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString(), Is.EqualTo("<stdin>"));
            Assert.That(region.GetProperty("startLine").GetInt32(), Is.EqualTo(2));
            Assert.That(region.GetProperty("startColumn").GetInt32(), Is.EqualTo(5));
            Assert.That(region.GetProperty("endLine").GetInt32(), Is.EqualTo(2));
            Assert.That(region.GetProperty("endColumn").GetInt32(), Is.EqualTo(9));
            Assert.That(region.GetProperty("snippet").GetProperty("text").GetString(), Is.EqualTo("guys"));
        });
    }

    [Test]
    public void Write_MatchAcrossALineBreak_RegionEndsOnTheLaterLine()
    {
        using var sarif = Write(DemoFindings.Locate("could you sanity\ncheck this?", DemoFindings.SanityCheck()));

        var region = Region(Run(sarif).GetProperty("results")[0]);
        Assert.Multiple(() =>
        {
            Assert.That(region.GetProperty("startLine").GetInt32(), Is.EqualTo(1));
            Assert.That(region.GetProperty("startColumn").GetInt32(), Is.EqualTo(11));
            Assert.That(region.GetProperty("endLine").GetInt32(), Is.EqualTo(2));
            Assert.That(region.GetProperty("endColumn").GetInt32(), Is.EqualTo(6));
        });
    }

    [TestCase(Severity.Warning, "warning")]
    [TestCase(Severity.Suggestion, "note")]
    [TestCase(Severity.Info, "note")]
    public void Write_Severity_MapsToTheSarifLevel(Severity severity, string level)
    {
        using var sarif = Write(DemoFindings.Locate("hey guys", DemoFindings.Guys(severity)));

        var run = Run(sarif);
        Assert.Multiple(() =>
        {
            Assert.That(run.GetProperty("results")[0].GetProperty("level").GetString(), Is.EqualTo(level));
            Assert.That(run.GetProperty("tool").GetProperty("driver").GetProperty("rules")[0].GetProperty("defaultConfiguration").GetProperty("level").GetString(), Is.EqualTo(level));
        });
    }

    [Test]
    public void Write_TwoFindingsOfOneRule_ListsTheRuleOnceAndIndexesIt()
    {
        using var sarif = Write(DemoFindings.Locate("guys, can you guys sanity check this?", DemoFindings.SanityCheck(), DemoFindings.Guys(link: "https://example.org/guys")));

        var run = Run(sarif);
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        var results = run.GetProperty("results");
        Assert.Multiple(() =>
        {
            Assert.That(rules.EnumerateArray().Select(r => r.GetProperty("id").GetString()), Is.EqualTo(new[] { "demo/guys", "demo/sanity-check" }));
            Assert.That(rules[0].GetProperty("helpUri").GetString(), Is.EqualTo("https://example.org/guys"));
            Assert.That(results.EnumerateArray().Select(r => r.GetProperty("ruleIndex").GetInt32()), Is.EqualTo(new[] { 0, 0, 1 }));
        });
    }

    [Test]
    public void Write_NoFindings_HasAnEmptyResultList()
    {
        using var sarif = Write([]);

        Assert.Multiple(() =>
        {
            Assert.That(Run(sarif).GetProperty("results").GetArrayLength(), Is.Zero);
            Assert.That(Run(sarif).GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength(), Is.Zero);
        });
    }
}
