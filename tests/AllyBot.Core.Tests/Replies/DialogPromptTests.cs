using AllyBot.Core.Replies;
using AllyBot.Core.Tests.Dialogs;

namespace AllyBot.Core.Tests.Replies;

public sealed class DialogPromptTests
{
    [Test]
    public void Message_PlainDm_NoInputNoChoices()
    {
        var prompt = DialogPrompt.Message(DialogScript.Channel(), "U1", "hello");

        Assert.That((prompt.Input, prompt.Choices.Count), Is.EqualTo(((DialogInput?)null, 0)));
    }

    [Test]
    public void ToString_NeverShowsTheText()
    {
        Assert.That(DialogPrompt.Message(DialogScript.Channel(), "U1", "secret credit text").ToString(), Does.Not.Contain("secret"));
        Assert.That(new ChannelPost(DialogScript.Channel(), "secret credit text").ToString(), Does.Not.Contain("secret"));
    }
}
