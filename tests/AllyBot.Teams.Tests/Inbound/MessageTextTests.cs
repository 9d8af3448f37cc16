using AllyBot.Teams.Inbound;
using AllyBot.Teams.Wire;

namespace AllyBot.Teams.Tests.Inbound;

public sealed class MessageTextTests
{
    private const string Bot = "28:bot";

    private static Entity Mention(string id, string name) => new() { Type = "mention", Mentioned = new ChannelAccount { Id = id, Name = name }, Text = $"<at>{name}</at>" };

    [Test]
    public void Clean_BotMention_IsRemoved()
    {
        Assert.That(MessageText.Clean("<at>AllyBot</at> tips please", [Mention(Bot, "AllyBot")], Bot), Is.EqualTo("tips please"));
    }

    [Test]
    public void Clean_OtherMention_StaysAMention()
    {
        Assert.That(MessageText.Clean("thanks <at>Guy</at>!", [Mention("29:guy", "Guy")], Bot), Is.EqualTo("thanks <at>Guy</at>!"));
    }

    [Test]
    public void Clean_CodeAndQuotes_StayElementsTheRulesSkip()
    {
        Assert.That(
            MessageText.Clean("<p>run <code>blacklist.sh</code></p><blockquote>hey guys</blockquote><pre>master</pre>", null, Bot),
            Is.EqualTo("run <code>blacklist.sh</code> <blockquote>hey guys</blockquote><pre>master</pre>"));
    }

    [Test]
    public void Clean_HtmlMarkupAndEntities_BecomePlainText()
    {
        Assert.That(MessageText.Clean("<p>Hi&nbsp;all &amp; <b>welcome</b></p><p>second&lt;line&gt;</p>", null, Bot), Is.EqualTo("Hi all & welcome second<line>"));
    }

    [Test]
    public void Clean_NullText_IsEmpty()
    {
        Assert.That(MessageText.Clean(null, null, Bot), Is.Empty);
    }

    [Test]
    public void MentionsBot_OnlyOtherMentions_IsFalse()
    {
        Assert.That(MessageText.MentionsBot([Mention("29:alex", "Alex")], Bot), Is.False);
    }

    [Test]
    public void CleanCommand_MultiLineYamlInParagraphs_KeepsLinesAndOneSpaceOfIndentation()
    {
        var text = "<p><at>AllyBot</at> /ally admin rule add</p><p>id: custom/x</p><p>match:</p><p>&nbsp;&nbsp; words: [a,&nbsp; b]</p><p></p>";

        Assert.That(MessageText.CleanCommand(text, [Mention(Bot, "AllyBot")], Bot), Is.EqualTo("/ally admin rule add\nid: custom/x\nmatch:\n words: [a, b]"));
    }

    [Test]
    public void CleanCommand_OneLine_IsLikeClean()
    {
        Assert.That(MessageText.CleanCommand("<at>AllyBot</at>&nbsp; tips   gendered-language ", [Mention(Bot, "AllyBot")], Bot), Is.EqualTo("tips gendered-language"));
    }
}
