using System.Text.Json;
using AllyBot.Cli.Output;

namespace AllyBot.Cli.Tests.Output;

public sealed class JsonFindingWriterTests
{
    private static JsonDocument Write(IReadOnlyList<LocatedFinding> findings, int messages = 1)
    {
        using var output = new StringWriter();
        new JsonFindingWriter().Write(output, findings, messages);
        return JsonDocument.Parse(output.ToString());
    }

    [Test]
    public void Write_Finding_WritesEveryField()
    {
        using var json = Write(DemoFindings.Locate("morning\nhey Guys", DemoFindings.Guys(link: "https://example.org/guys")));

        var finding = json.RootElement.GetProperty("findings").EnumerateArray().Single();
        Assert.Multiple(() =>
        {
            Assert.That(json.RootElement.GetProperty("messages").GetInt32(), Is.EqualTo(1));
            Assert.That(finding.GetProperty("source").GetString(), Is.EqualTo("<stdin>"));
            Assert.That(finding.GetProperty("line").GetInt32(), Is.EqualTo(2));
            Assert.That(finding.GetProperty("column").GetInt32(), Is.EqualTo(5));
            Assert.That(finding.GetProperty("length").GetInt32(), Is.EqualTo(4));
            Assert.That(finding.GetProperty("ruleId").GetString(), Is.EqualTo("demo/guys"));
            Assert.That(finding.GetProperty("category").GetString(), Is.EqualTo("demo"));
            Assert.That(finding.GetProperty("severity").GetString(), Is.EqualTo("suggestion"));
            Assert.That(finding.GetProperty("matched").GetString(), Is.EqualTo("Guys"));
            Assert.That(finding.GetProperty("message").GetString(), Is.EqualTo("Try \"folks\" instead of \"Guys\"."));
            Assert.That(finding.GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()), Is.EqualTo(new[] { "folks", "everyone" }));
            Assert.That(finding.GetProperty("why").GetString(), Is.EqualTo("Not everyone in a mixed group is a guy."));
            Assert.That(finding.GetProperty("link").GetString(), Is.EqualTo("https://example.org/guys"));
        });
    }

    [Test]
    public void Write_RuleWithoutLink_OmitsTheLink()
    {
        using var json = Write(DemoFindings.Locate("hey guys", DemoFindings.Guys()));

        Assert.That(json.RootElement.GetProperty("findings")[0].TryGetProperty("link", out _), Is.False);
    }

    [Test]
    public void Write_NoFindings_WritesTheMessageCountAndAnEmptyList()
    {
        using var json = Write([], messages: 3);

        Assert.That(json.RootElement.GetProperty("messages").GetInt32(), Is.EqualTo(3));
        Assert.That(json.RootElement.GetProperty("findings").GetArrayLength(), Is.Zero);
    }
}
