using System.Text.Json;
using AllyBot.Teams.Wire;

namespace AllyBot.Teams.Tests.Support;

/// <summary>Recorded Teams activities under Activities/ (golden inputs).</summary>
internal static class ActivityFiles
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Activities", name));

    public static Activity Load(string name) =>
        JsonSerializer.Deserialize(Read(name), TeamsJson.Default.Activity) ?? throw new InvalidOperationException($"{name} is not an activity.");
}
