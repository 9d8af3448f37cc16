using AllyBot.Teams.Inbound;

namespace AllyBot.Teams.Tests.Inbound;

public sealed class CommandWordsTests
{
    [TestCase("help", "help")]
    [TestCase("Tips gendered-language", "Tips gendered-language")]
    [TestCase("forget-me", "forget-me")]
    [TestCase("/ally snooze 2h", "snooze 2h")]
    [TestCase("/ALLY", "")]
    [TestCase("credit <@29:1a> for the review", "credit <@29:1a> for the review")]
    [TestCase("amplify https://teams.microsoft.com/l/message/x/1", "amplify https://teams.microsoft.com/l/message/x/1")]
    public void TryParse_CommandText_ReturnsCommand(string text, string expected)
    {
        Assert.That(CommandWords.TryParse(text, out var command), Is.True);
        Assert.That(command, Is.EqualTo(expected));
    }

    [TestCase("hey guys")]
    [TestCase("helpful tip")]
    [TestCase("/allybot tips")]
    [TestCase("")]
    public void TryParse_OrdinaryText_IsNoCommand(string text)
    {
        Assert.That(CommandWords.TryParse(text, out _), Is.False);
    }
}
