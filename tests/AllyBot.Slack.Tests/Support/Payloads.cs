using System.Text;
using System.Text.Json;
using AllyBot.Slack.Wire;

namespace AllyBot.Slack.Tests.Support;

/// <summary>Recorded Slack payloads under Payloads/ (copied next to the test assembly).</summary>
internal static class Payloads
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payloads", name));

    public static byte[] Bytes(string name) => Encoding.UTF8.GetBytes(Read(name));

    public static T Json<T>(string name) => JsonSerializer.Deserialize<T>(Read(name), SlackJson.Options)!;

    /// <summary>An interactivity payload as Slack posts it: a form with one <c>payload</c> field.</summary>
    public static string AsInteractivityForm(string name) => "payload=" + Uri.EscapeDataString(Read(name));
}
