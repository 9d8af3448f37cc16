using System.Text.RegularExpressions;

namespace AllyBot.Deployment.Tests;

/// <summary>infra/example.env is committed: it documents variables with placeholders and holds no real secret.</summary>
public sealed partial class ExampleEnvTests
{
    [Test]
    public void ExampleEnv_Lines_AreAllKeyValuePairs()
    {
        var entries = ExampleEnv.Read();

        Assert.That(entries, Is.Not.Empty);
        Assert.That(entries.Select(e => e.Key), Has.All.Match("^[A-Z][A-Z0-9_]*$"));
    }

    [Test]
    public void ExampleEnv_SecretVariables_AreEmptyOrPlaceholders()
    {
        foreach (var (key, value) in ExampleEnv.Read().Where(e => SecretName().IsMatch(e.Key)))
        {
            Assert.That(value.Length == 0 || Placeholder().IsMatch(value), Is.True, $"{key} must be empty or a <placeholder>, not '{value}'");
        }
    }

    [Test]
    public void ExampleEnv_Values_DoNotLookLikeRealSecrets()
    {
        foreach (var (key, value) in ExampleEnv.Read())
        {
            Assert.That(LooksLikeSecret(value), Is.False, $"{key}: '{value}' looks like a real secret");
        }
    }

    [TestCase("xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOp")]
    [TestCase("xapp-1-A0123456789-1234567890123-abcdef")]
    [TestCase("q1+Fh0P6lQ2c3s9VJ0r6u9nP1cS5x1u3E3bq7w0oT6k=")]
    [TestCase("8f14e45fceea167a5a36dedd4bea2543")]
    [TestCase("Zx8Q~abcdEFGH1234ijklMNOP5678qrstUVWX90yz")]
    [TestCase("3f2504e0-4f89-11d3-9a0c-0305e82c3301")]
    public void LooksLikeSecret_RealLookingValues_AreCaught(string value) =>
        Assert.That(LooksLikeSecret(value), Is.True);

    [TestCase("")]
    [TestCase("<output of infra/dev/new-secret.sh>")]
    [TestCase("allybot:local")]
    [TestCase("8080")]
    public void LooksLikeSecret_PlaceholdersAndSettings_AreNot(string value) =>
        Assert.That(LooksLikeSecret(value), Is.False);

    private static bool LooksLikeSecret(string value) =>
        !Placeholder().IsMatch(value) && (SlackToken().IsMatch(value) || LongRandom().IsMatch(value) || NonZeroGuid().IsMatch(value) || value.Contains("-----BEGIN", StringComparison.Ordinal));

    [GeneratedRegex("(?i)(SECRET|PASSWORD|TOKEN|KEY)")]
    private static partial Regex SecretName();

    [GeneratedRegex("^<[^<>]+>$")]
    private static partial Regex Placeholder();

    [GeneratedRegex("^x(ox[abposr]|app)-")]
    private static partial Regex SlackToken();

    /// <summary>24+ characters of base64/hex/client-secret alphabet with both letters and digits: random, not a word.</summary>
    [GeneratedRegex(@"^(?=.*[0-9])(?=.*[A-Za-z])[A-Za-z0-9+/=~._-]{24,}$")]
    private static partial Regex LongRandom();

    [GeneratedRegex("^(?!0{8}-0{4}-0{4}-0{4}-0{12}$)[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")]
    private static partial Regex NonZeroGuid();
}
