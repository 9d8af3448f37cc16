using AllyBot.Rules.Language;

namespace AllyBot.Rules.Tests.Language;

public sealed class ProseTextTests
{
    [Test]
    public void Of_MessageWithCitedParts_KeepsOnlyTheWordsSaid() =>
        Assert.That(
            ProseText.Of("Hey <@U123>, see https://x.example/a and `run --fast` :tada: \"quoted words\" then ship it!\nDone"),
            Is.EqualTo("Hey see and then ship it. Done"));

    [Test]
    public void Of_OnlyCode_IsEmpty() => Assert.That(ProseText.Of("```a = b```"), Is.Empty);
}
