using System.Text.Json;

namespace AllyBot.Teams.Tests.Support;

/// <summary>Every JSON object inside an element, depth first (for finding card elements wherever they are nested).</summary>
internal static class JsonElementWalk
{
    public static IEnumerable<JsonElement> EnumerateObjects(this JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            foreach (var child in element.EnumerateObject().SelectMany(p => p.Value.EnumerateObjects()))
            {
                yield return child;
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var child in element.EnumerateArray().SelectMany(EnumerateObjects))
            {
                yield return child;
            }
        }
    }
}
