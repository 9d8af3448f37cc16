using YamlDotNet.RepresentationModel;

namespace AllyBot.Rules.Loading;

/// <summary>Reads typed fields from a YAML mapping and records a precise error for each one that is wrong.</summary>
internal sealed class YamlFieldReader(string path, YamlMappingNode mapping, string prefix, List<RuleLoadError> errors)
{
    public int Line => (int)mapping.Start.Line;

    public void Error(YamlNode? node, string field, string problem) =>
        errors.Add(new RuleLoadError(path, node is null ? Line : (int)node.Start.Line, prefix + field, problem));

    public YamlNode? Node(string field) =>
        mapping.Children.TryGetValue(new YamlScalarNode(field), out var node) ? node : null;

    /// <summary>Reports keys that are not in <paramref name="allowed"/>, suggesting the closest known one.</summary>
    public void RejectUnknownKeys(IReadOnlyCollection<string> allowed)
    {
        foreach (var key in mapping.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? key.ToString();
            if (!allowed.Contains(name))
            {
                var closest = allowed.MinBy(a => EditDistance(a, name));
                var hint = closest is not null && EditDistance(closest, name) <= 3 ? $"; did you mean '{closest}'?" : "";
                Error(key, name, $"unknown field{hint} (allowed: {string.Join(", ", allowed)})");
            }
        }
    }

    public string? String(string field, bool required, int maxLength = int.MaxValue)
    {
        var node = Node(field);
        if (node is null || (node is YamlScalarNode { Value: null or "" } && node.Tag.IsEmpty))
        {
            if (required)
            {
                Error(node, field, "is required");
            }

            return null;
        }

        if (node is not YamlScalarNode scalar || string.IsNullOrWhiteSpace(scalar.Value))
        {
            Error(node, field, "must be a non-empty text");
            return null;
        }

        var value = scalar.Value.Trim();
        if (value.Length > maxLength)
        {
            Error(node, field, $"is {value.Length} characters long; keep it to {maxLength}");
        }

        return value;
    }

    public bool? Bool(string field)
    {
        var node = Node(field);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: "true" or "false" } scalar)
        {
            return scalar.Value == "true";
        }

        Error(node, field, "must be true or false");
        return null;
    }

    /// <summary>A list of non-empty texts; null when absent, with an error when <paramref name="minCount"/> is not met.</summary>
    public IReadOnlyList<(string Value, YamlNode Node)>? List(string field, int minCount, int maxCount = int.MaxValue)
    {
        var node = Node(field);
        if (node is null)
        {
            if (minCount > 0)
            {
                Error(null, field, $"is required (a list of at least {minCount})");
            }

            return null;
        }

        if (node is not YamlSequenceNode sequence)
        {
            Error(node, field, "must be a list");
            return null;
        }

        var items = new List<(string, YamlNode)>();
        var index = 0;
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text))
            {
                items.Add((text.Trim(), item));
            }
            else
            {
                Error(item, $"{field}[{index}]", "must be a non-empty text");
            }

            index++;
        }

        if (items.Count < minCount)
        {
            Error(node, field, $"has {items.Count}; at least {minCount} are required");
        }
        else if (items.Count > maxCount)
        {
            Error(node, field, $"has {items.Count}; at most {maxCount} are allowed");
        }

        return items;
    }

    public YamlFieldReader? Mapping(string field, bool required)
    {
        var node = Node(field);
        if (node is null)
        {
            if (required)
            {
                Error(null, field, "is required");
            }

            return null;
        }

        if (node is not YamlMappingNode child)
        {
            Error(node, field, "must be a mapping of fields");
            return null;
        }

        return new YamlFieldReader(path, child, prefix + field + ".", errors);
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
