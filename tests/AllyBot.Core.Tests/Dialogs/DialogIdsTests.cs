using AllyBot.Core.Dialogs;
using AllyBot.Core.Settings;

namespace AllyBot.Core.Tests.Dialogs;

public sealed class DialogIdsTests
{
    private static readonly MemberKey Member = new("T1", "p1");

    [Test]
    public void For_SameInputs_SameIdOnEveryInstance()
    {
        var first = DialogIds.For(DialogKind.Credit, DialogScript.Channel(), Member, "2026-W48");
        var second = DialogIds.For(DialogKind.Credit, DialogScript.Channel(), new MemberKey("T1", "p1"), "2026-W48");

        Assert.That(first, Is.EqualTo(second).And.Length.EqualTo(32));
    }

    [Test]
    public void For_AnyInputDiffers_DifferentId()
    {
        var ids = new[]
        {
            DialogIds.For(DialogKind.Credit, DialogScript.Channel(), Member, "2026-W48"),
            DialogIds.For(DialogKind.Credit, DialogScript.Channel("C2"), Member, "2026-W48"),
            DialogIds.For(DialogKind.Credit, DialogScript.Channel(), Member with { Pseudonym = "p2" }, "2026-W48"),
            DialogIds.For(DialogKind.Credit, DialogScript.Channel(), Member, "2026-W49"),
        };

        Assert.That(ids, Is.Unique);
    }
}
