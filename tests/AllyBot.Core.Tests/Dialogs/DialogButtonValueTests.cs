using AllyBot.Core.Dialogs;

namespace AllyBot.Core.Tests.Dialogs;

public sealed class DialogButtonValueTests
{
    [TestCase("abc", "abc", "")]
    [TestCase("abc U1 U2", "abc", "U1 U2")]
    [TestCase("abc\nfixed the build\nand more ", "abc", "fixed the build\nand more")]
    [TestCase("", "", "")]
    [TestCase(null, "", "")]
    public void Parse_Value_IdThenAnswer(string? value, string id, string answer) =>
        Assert.That(DialogButtonValue.Parse(value), Is.EqualTo((id, answer)));
}
