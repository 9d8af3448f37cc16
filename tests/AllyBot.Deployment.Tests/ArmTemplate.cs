using System.Text.Json.Nodes;

namespace AllyBot.Deployment.Tests;

/// <summary>Reads ARM JSON templates (main.json, or a fresh Bicep build) into the parts the tests compare.</summary>
internal static class ArmTemplate
{
    public const string TemplateSchema = "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#";

    public const string ParametersSchema = "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#";

    public static JsonObject Load(string path)
    {
        var node = JsonNode.Parse(File.ReadAllText(path), documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Disallow });
        return node as JsonObject ?? throw new InvalidDataException($"{path} is not a JSON object.");
    }

    /// <summary>Every resource in the template, nested <c>resources</c> included (array or symbolic-name object form).</summary>
    public static IEnumerable<JsonObject> Resources(JsonObject template)
    {
        var pending = new Stack<JsonNode?>();
        pending.Push(template["resources"]);
        while (pending.Count > 0)
        {
            IEnumerable<JsonNode?> items = pending.Pop() switch
            {
                JsonArray array => array,
                JsonObject symbolic => symbolic.Select(p => p.Value),
                _ => [],
            };
            foreach (var resource in items.OfType<JsonObject>())
            {
                yield return resource;
                pending.Push(resource["resources"]);
            }
        }
    }

    /// <summary>The sorted multiset of resource types, e.g. for comparing two builds.</summary>
    public static IReadOnlyList<string> ResourceTypes(JsonObject template) =>
        [.. Resources(template).Select(r => (string?)r["type"] ?? "").Order(StringComparer.OrdinalIgnoreCase)];

    public static IReadOnlyList<string> ParameterNames(JsonObject template) =>
        [.. (template["parameters"] as JsonObject ?? []).Select(p => p.Key).Order(StringComparer.Ordinal)];

    public static IReadOnlyList<string> OutputNames(JsonObject template) =>
        [.. (template["outputs"] as JsonObject ?? []).Select(p => p.Key).Order(StringComparer.Ordinal)];

    /// <summary>The value itself, or a template variable's value when the node is exactly <c>[variables('name')]</c>.</summary>
    public static JsonNode? Resolve(JsonObject template, JsonNode? node)
    {
        var match = node is JsonValue value && value.TryGetValue<string>(out var text)
            ? System.Text.RegularExpressions.Regex.Match(text, @"^\[variables\('(?<name>[A-Za-z0-9_]+)'\)\]$")
            : System.Text.RegularExpressions.Match.Empty;
        return match.Success ? template["variables"]?[match.Groups["name"].Value] : node;
    }

    public static JsonObject SingleOfType(JsonObject template, string type)
    {
        var matches = Resources(template).Where(r => string.Equals((string?)r["type"], type, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.That(matches, Has.Count.EqualTo(1), $"resources of type {type}");
        return matches[0];
    }
}
