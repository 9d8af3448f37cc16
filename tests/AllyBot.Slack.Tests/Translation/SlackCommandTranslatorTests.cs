using AllyBot.Core.Conversations;
using AllyBot.Slack.Endpoints;
using AllyBot.Slack.Tests.Support;
using AllyBot.Slack.Translation;
using AllyBot.Slack.Wire;

namespace AllyBot.Slack.Tests.Translation;

public sealed class SlackCommandTranslatorTests
{
    private static SlackSlashCommand Command(string payload) => SlackSlashCommand.FromForm(SlackForm.Parse(Payloads.Bytes(payload)));

    [Test]
    public void Translate_AllyTips_IsChatCommandWithTextAfterCommand()
    {
        var (key, command) = SlackCommandTranslator.Translate(Command("command-ally-tips.txt"))!.Value;

        Assert.That(command, Is.EqualTo(new ChatCommand(new ChatAddress(ChatPlatform.Slack, "T0AB12CD3", "C0GENERAL1"), new ChatUser("U0AUTHOR1"), "tips gendered-terms")));
        Assert.That(key, Is.EqualTo("slack:T0AB12CD3:cmd:8123456789012.1234567890123.0123456789abcdef0123456789abcdef"));
    }

    [Test]
    public void Translate_EmptyText_IsEmptyCommandText()
    {
        var (_, command) = SlackCommandTranslator.Translate(Command("command-ally-empty.txt"))!.Value;

        Assert.That(command.Text, Is.Empty);
        Assert.That(command.Where.ChannelId, Is.EqualTo("D0DMWITHBOT"));
    }

    [Test]
    public void Translate_NoUser_IsNull()
    {
        Assert.That(SlackCommandTranslator.Translate(Command("command-ally-tips.txt") with { UserId = null }), Is.Null);
    }
}
