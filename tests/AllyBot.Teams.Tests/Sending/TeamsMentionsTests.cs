using AllyBot.Teams.Sending;

namespace AllyBot.Teams.Tests.Sending;

public sealed class TeamsMentionsTests
{
    private static readonly Dictionary<string, string> Names = new() { ["29:1alex"] = "Alex Doe", ["29:1amp"] = "A & B" };

    [Test]
    public void Render_KnownMember_IsAtElementWithMentionEntity()
    {
        var (text, entities) = TeamsMentions.Render("<@29:1sam>: Building on <@29:1alex>'s point", Names);

        Assert.That(text, Is.EqualTo("someone: Building on <at>Alex Doe</at>'s point"));
        var mention = entities.Single();
        Assert.That(mention.Type, Is.EqualTo("mention"));
        Assert.That(mention.Text, Is.EqualTo("<at>Alex Doe</at>"));
        Assert.That(mention.Mentioned!.Id, Is.EqualTo("29:1alex"));
        Assert.That(mention.Mentioned.Name, Is.EqualTo("Alex Doe"));
    }

    [Test]
    public void Render_UnknownMemberWithLabelAndChannel_IsPlainText()
    {
        var (text, entities) = TeamsMentions.Render("<@29:1x|Kim> is not in <#19:c@thread.tacv2>", Names);

        Assert.That(text, Is.EqualTo("Kim is not in the channel"));
        Assert.That(entities, Is.Empty);
    }

    [Test]
    public void Render_NameWithMarkup_IsEncodedTheSameInTextAndEntity()
    {
        var (text, entities) = TeamsMentions.Render("thanks <@29:1amp>", Names);

        Assert.That(text, Is.EqualTo("thanks <at>A &amp; B</at>"));
        Assert.That(entities.Single().Text, Is.EqualTo("<at>A &amp; B</at>"));
    }
}
