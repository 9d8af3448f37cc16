using System.Text;
using System.Text.RegularExpressions;

namespace AllyBot.Deployment.Tests.Containers;

/// <summary>One instruction of a Dockerfile, continuation lines joined.</summary>
internal sealed record DockerInstruction(string Keyword, string Arguments, int Stage);

/// <summary>A small Dockerfile reader: instructions per stage, ARG defaults substituted into FROM, ENV pairs.</summary>
internal sealed partial class Dockerfile
{
    public Dockerfile(string path)
    {
        var logical = new StringBuilder();
        var stage = -1;
        var args = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.TrimEnd();
            if (logical.Length == 0 && (line.TrimStart().StartsWith('#') || line.Length == 0))
            {
                continue;
            }

            if (line.EndsWith('\\'))
            {
                logical.Append(line[..^1]).Append(' ');
                continue;
            }

            logical.Append(line);
            var text = logical.ToString().Trim();
            logical.Clear();
            var space = text.IndexOf(' ', StringComparison.Ordinal);
            var keyword = (space < 0 ? text : text[..space]).ToUpperInvariant();
            var arguments = space < 0 ? "" : text[(space + 1)..].Trim();
            if (keyword == "ARG" && stage < 0 && arguments.Split('=', 2) is [var name, var value])
            {
                args[name] = value;
            }

            if (keyword == "FROM")
            {
                stage++;
                arguments = ArgReference().Replace(arguments, m => args.GetValueOrDefault(m.Groups["name"].Value, m.Value));
            }

            Instructions.Add(new DockerInstruction(keyword, arguments, stage));
        }
    }

    public List<DockerInstruction> Instructions { get; } = [];

    public int FinalStage => Instructions.Max(i => i.Stage);

    public IEnumerable<DockerInstruction> Final(string keyword) =>
        Instructions.Where(i => i.Stage == FinalStage && i.Keyword == keyword);

    /// <summary>The final stage's ENV variables (<c>KEY=value</c> pairs, quotes removed).</summary>
    public IReadOnlyDictionary<string, string> FinalEnvironment()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var env in Final("ENV"))
        {
            foreach (Match pair in EnvPair().Matches(env.Arguments))
            {
                var value = pair.Groups["value"].Value;
                result[pair.Groups["key"].Value] = value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1] : value;
            }
        }

        return result;
    }

    [GeneratedRegex(@"\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex ArgReference();

    [GeneratedRegex(@"(?<key>[A-Za-z_][A-Za-z0-9_]*)=(?<value>""[^""]*""|[^\s""]*)")]
    private static partial Regex EnvPair();
}
