using System.Reflection;

namespace AllyBot.Cli.Bench;

/// <summary>
/// Realistic chat messages for the benchmark: 1 to 3 sentences drawn (seeded, so every run measures the same text)
/// from our own collection of workplace chat sentences shipped inside the tool.
/// </summary>
internal static class BenchCorpus
{
    private const string ResourceName = "AllyBot.Cli.Bench.chat-sentences.txt";

    public static IReadOnlyList<string> Sentences()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The benchmark corpus {ResourceName} is not embedded in the tool.");
        using var reader = new StreamReader(stream);
        return [.. reader.ReadToEnd().Split('\n').Select(s => s.Trim()).Where(s => s.Length > 0)];
    }

    public static string[] Compose(IReadOnlyList<string> sentences, int count, int seed = 20261123)
    {
        var random = new Random(seed);
        var messages = new string[count];
        for (var i = 0; i < count; i++)
        {
            var parts = random.Next(1, 4);
            messages[i] = string.Join(' ', Enumerable.Range(0, parts).Select(_ => sentences[random.Next(sentences.Count)]));
        }

        return messages;
    }
}
