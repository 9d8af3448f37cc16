using AllyBot.Core.Replies;

namespace AllyBot.Core.Tests.Replies;

public sealed class DialogActionsTests
{
    private static IEnumerable<string> All() =>
        typeof(DialogActions).GetFields().Where(f => f.IsLiteral && f.Name != nameof(DialogActions.Prefix)).Select(f => (string)f.GetRawConstantValue()!);

    [Test]
    public void IsDialogAction_EveryDialogAction_True() => Assert.That(All().Select(DialogActions.IsDialogAction), Is.All.True);

    [Test]
    public void IsDialogAction_NudgeActionsAndNull_False()
    {
        Assert.That(new[] { NudgeActions.Thanks, NudgeActions.NotHelpful, NudgeActions.Snooze, null }.Select(DialogActions.IsDialogAction), Is.All.False);
        Assert.That(All(), Is.Unique);
    }
}
