using AllyBot.Core.Conversations;
using AllyBot.Core.Credits;
using AllyBot.Core.Dialogs;
using AllyBot.Core.Replies;

namespace AllyBot.Core.Tests.Dialogs;

public sealed class DialogAnswersTests
{
    private const string Specific = "found the cause of the flaky deploy test and wrote it up";

    private readonly DialogScript _script = new();

    [SetUp]
    public Task SetUpAsync() => _script.WithWeeklyCreditAsync();

    [Test]
    public async Task CreditDialog_HappyPath_AsksThreeStepsRecordsCreditAndTellsEveryone()
    {
        var first = await _script.RunToPromptAsync("U1");
        Assert.That(first.Text, Does.Contain("Whose work helped you this week"));
        Assert.That(((MemberPickerInput)first.Input!).CandidateUserIds, Is.EquivalentTo(new[] { "U2", "U3", "U4", "U5" }));

        await _script.PickAsync("U1", "U2", "U3");
        Assert.That(_script.LastPromptTo("U1").Text, Does.Contain("What exactly did <@U2> and <@U3> do?"));
        Assert.That(_script.LastPromptTo("U1").Input, Is.TypeOf<TextAnswerInput>());

        await _script.DescribeAsync("U1", Specific);
        var share = _script.LastPromptTo("U1");
        Assert.That(share.Choices.Select(c => c.ActionId), Is.SupersetOf(new[] { DialogActions.CreditShareChannel, DialogActions.CreditShareRecipients, DialogActions.CreditShareManagers }));
        Assert.That(share.Choices.Single(c => c.IsDefault).ActionId, Is.EqualTo(DialogActions.CreditShareChannel));

        await _script.ChooseAsync("U1", DialogActions.CreditShareChannel);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_script.Credits.All.Select(c => (c.GiverId, c.ReceiverId, c.Contribution, c.Audience)), Is.EquivalentTo(new[]
            {
                ("U1", "U2", Specific, CreditAudience.Channel),
                ("U1", "U3", Specific, CreditAudience.Channel),
            }));
            Assert.That(_script.LastPromptTo("U2").Text, Does.Contain("<@U1> credited you").And.Contain(Specific));
            Assert.That(_script.LastPromptTo("U3").Text, Does.Contain("<@U1> credited you"));
            Assert.That(_script.LastPromptTo("U1").Text, Does.StartWith("Thank you!").And.Contain("Friday"));
            Assert.That(_script.Dialogs.All.Single(d => d.MemberUserId == "" && d.Status == DialogStatus.Completed).Contribution, Is.Null, "answers leave the dialog once recorded");
        }
    }

    [Test]
    public async Task CreditDialog_Skip_ClosesQuietlyUntilNextWeek()
    {
        await _script.RunToPromptAsync("U1");

        await _script.ChooseAsync("U1", DialogActions.Skip);
        await _script.RunUntilAsync(new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(30));

        var prompts = _script.Sender.PromptsTo("U1");
        Assert.That(prompts[^1].Text, Does.StartWith("Skipped for this week"));
        Assert.That(prompts.Count(p => p.Text.Contains("reminder", StringComparison.Ordinal)), Is.Zero);
        Assert.That(_script.Credits.All, Is.Empty);

        await _script.RunUntilAsync(new DateTimeOffset(2026, 12, 3, 14, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(30));
        Assert.That(_script.LastPromptTo("U1").Text, Does.Contain("Whose work helped you"), "next week's prompt comes as usual");
    }

    [Test]
    public async Task CreditDialog_PauseFourWeeks_NoPromptsForFourWeeksThenBack()
    {
        await _script.RunToPromptAsync("U1");

        await _script.ChooseAsync("U1", DialogActions.Pause);
        Assert.That(_script.LastPromptTo("U1").Text, Does.StartWith("Paused: no scheduled prompts until 2026-12-24"));

        await _script.RunUntilAsync(new DateTimeOffset(2026, 12, 30, 12, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(30));
        var asked = _script.Sender.PromptsTo("U1").Count(p => p.Text.StartsWith("Whose work helped you", StringComparison.Ordinal));
        Assert.That(asked, Is.EqualTo(1), "only the paused week's prompt; the four Thursdays after it are quiet");
        Assert.That(_script.Sender.PromptsTo("U2").Count(p => p.Text.StartsWith("Whose work helped you", StringComparison.Ordinal)), Is.EqualTo(5), "others are not paused");

        await _script.RunUntilAsync(new DateTimeOffset(2026, 12, 31, 14, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(30));
        Assert.That(_script.LastPromptTo("U1").Text, Does.Contain("Whose work helped you"), "prompts come back in the fifth week");
    }

    [TestCase("everything")]
    [TestCase("great job")]
    [TestCase("thanks")]
    [TestCase("Thanks for everything!!")]
    [TestCase("great job as always, thank you")]
    [TestCase("helped")]
    public async Task CreditDialog_VagueAnswer_IsCoachedNotAccepted(string vague)
    {
        await _script.RunToPromptAsync("U1");
        await _script.PickAsync("U1", "U2");

        await _script.DescribeAsync("U1", vague);

        var coached = _script.LastPromptTo("U1");
        Assert.That(coached.Text, Does.StartWith("Could you make it specific?").And.Contain("What exactly did <@U2> do?"));
        Assert.That(coached.Input, Is.TypeOf<TextAnswerInput>(), "still asking step 2");
        Assert.That(_script.Dialogs.All.Single(d => d.IsOpen && d.MemberUserId == "U1").Step, Is.EqualTo(DialogStep.DescribeContribution));

        await _script.DescribeAsync("U1", Specific);
        Assert.That(_script.LastPromptTo("U1").Text, Does.Contain("Where should I share it?"));
    }

    [Test]
    public async Task CreditDialog_AnswerTypedAsDirectMessage_AnswersStepTwo()
    {
        await _script.RunToPromptAsync("U1");
        await _script.PickAsync("U1", "U2");

        var taken = await _script.TypeAsync("U1", Specific);

        Assert.That(taken, Is.True);
        Assert.That(_script.LastPromptTo("U1").Text, Does.Contain("Where should I share it?"));
    }

    [Test]
    public async Task CreditDialog_CommandTypedMidDialog_StillReachesTheRouter()
    {
        await _script.RunToPromptAsync("U1");
        await _script.PickAsync("U1", "U2");

        Assert.That(await _script.TypeAsync("U1", "snooze 2h"), Is.False);
        Assert.That(await _script.TypeAsync("U1", "help"), Is.False);
    }

    [Test]
    public async Task TypedText_NoOpenDialog_IsNotTaken() =>
        Assert.That(await _script.TypeAsync("U1", Specific), Is.False);

    [Test]
    public async Task CreditDialog_RecipientOptedOutOfPrompts_CreditRecordedButNoDmToThem()
    {
        await _script.AllyAsync("U2", "optout prompts");
        await _script.RunToPromptAsync("U1");

        await _script.CreditAsync("U1", ["U2"], Specific);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_script.Credits.All.Single().ReceiverId, Is.EqualTo("U2"));
            Assert.That(_script.Sender.PromptsTo("U2"), Is.Empty, "neither the weekly prompt nor the credit DM");
            Assert.That(_script.LastPromptTo("U1").Text, Does.Contain("<@U2> has turned off AllyBot's DMs"));
        }
    }

    [Test]
    public async Task CreditDialog_GiverOptedOutOfPrompts_IsNeverAsked()
    {
        await _script.AllyAsync("U1", "optout prompts");

        await _script.RunUntilAsync(new DateTimeOffset(2026, 11, 26, 17, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(15));

        Assert.That(_script.Sender.PromptsTo("U1"), Is.Empty);
        Assert.That(_script.Sender.PromptsTo("U2"), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task CreditDialog_RecipientOptedOutOfCounting_CreditStillGivenButTheirMessagesNotCounted()
    {
        await _script.AllyAsync("U1", "digest on");
        await _script.AllyAsync("U2", "optout counting");
        await _script.RunToPromptAsync("U1");

        await _script.CreditAsync("U1", ["U2"], Specific);
        var counted = await _script.Participation.RecordAsync(new ChatMessage(DialogScript.Channel(), "m1", new ChatUser("U2"), "thanks!", _script.Clock.GetUtcNow()));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_script.Credits.All.Single().ReceiverId, Is.EqualTo("U2"), "credit is the giver's words, shared as they chose");
            Assert.That(_script.LastPromptTo("U2").Text, Does.Contain("credited you"), "counting opt-out does not stop credit DMs");
            Assert.That(counted, Is.False);
            Assert.That(_script.Counter.Counters, Is.Empty);
        }
    }

    [Test]
    public async Task CreditDialog_ShareOnlyWithThem_NotInChannelPost()
    {
        await _script.RunToPromptAsync("U1");
        await _script.CreditAsync("U1", ["U2"], Specific, DialogActions.CreditShareRecipients);

        await _script.RunUntilAsync(new DateTimeOffset(2026, 11, 27, 11, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(30));

        Assert.That(_script.Credits.All.Single().Audience, Is.EqualTo(CreditAudience.RecipientOnly));
        Assert.That(_script.LastPromptTo("U2").Text, Does.Contain("shared it with you only"));
        Assert.That(_script.Sender.Posts, Is.Empty);
    }

    [Test]
    public async Task CreditDialog_ShareWithManager_DmsTheManager()
    {
        _script.Roster.SetManager("U2", "M1");
        await _script.RunToPromptAsync("U1");

        await _script.CreditAsync("U1", ["U2"], Specific, DialogActions.CreditShareManagers);

        Assert.That(_script.LastPromptTo("M1").Text, Does.Contain("<@U1> credited <@U2>, who reports to you").And.Contain(Specific));
        Assert.That(_script.LastPromptTo("U1").Text, Does.Contain("and their manager"));
    }

    [Test]
    public async Task CreditDialog_ShareWithManager_NoManagerKnown_SaysSo()
    {
        await _script.RunToPromptAsync("U1");

        await _script.CreditAsync("U1", ["U2"], Specific, DialogActions.CreditShareManagers);

        Assert.That(_script.LastPromptTo("U1").Text, Does.Contain("couldn't find a manager for <@U2>"));
    }

    [TestCase(new[] { "U1" }, "other than yourself")]
    [TestCase(new[] { "U9" }, "isn't a member")]
    [TestCase(new string[0], "at least one")]
    public async Task CreditDialog_BadPick_AsksAgain(string[] picked, string expected)
    {
        await _script.RunToPromptAsync("U1");

        await _script.PickAsync("U1", picked);

        var prompt = _script.LastPromptTo("U1");
        Assert.That(prompt.Text, Does.Contain(expected));
        Assert.That(prompt.Input, Is.TypeOf<MemberPickerInput>());
    }

    [Test]
    public async Task Button_PressedBySomeoneElse_ChangesNothing()
    {
        var prompt = await _script.RunToPromptAsync("U1");
        var input = (MemberPickerInput)prompt.Input!;

        await _script.PressAsync("U2", input.ActionId, $"{input.Value} U3");

        Assert.That(_script.Sender.Replies[^1].Text, Is.EqualTo("That button is no longer valid."));
        Assert.That(_script.Dialogs.All.Single(d => d.Id == input.Value).Step, Is.EqualTo(DialogStep.ChooseRecipients));
    }

    [Test]
    public async Task Button_DoubleClickOnShare_RecordsOnce()
    {
        await _script.RunToPromptAsync("U1");
        await _script.PickAsync("U1", "U2");
        await _script.DescribeAsync("U1", Specific);

        await Task.WhenAll(_script.ChooseAsync("U1", DialogActions.CreditShareChannel), _script.ChooseAsync("U1", DialogActions.CreditShareChannel));

        Assert.That(_script.Credits.All, Has.Count.EqualTo(1));
        Assert.That(_script.Sender.PromptsTo("U2"), Has.Count.EqualTo(2), "U2's own weekly prompt and one credit DM");
    }

    [Test]
    public async Task Button_OnClosedDialog_SaysItIsClosed()
    {
        await _script.RunToPromptAsync("U1");
        await _script.ChooseAsync("U1", DialogActions.Skip);

        await _script.ChooseAsync("U1", DialogActions.Pause);

        Assert.That(_script.LastPromptTo("U1").Text, Does.Contain("closed already"));
        Assert.That(await _script.Dialogs.GetPausedUntilAsync(_script.Key("U1")), Is.Null);
    }

    [Test]
    public async Task Button_NotADialogAction_IsLeftForTheNudgeButtons() =>
        Assert.That(await _script.PressAsync("U1", NudgeActions.Thanks, ""), Is.False);

    [Test]
    public async Task Button_DigestDone_Acknowledges()
    {
        Assert.That(await _script.PressAsync("F1", DialogActions.DigestDone, "C1:2026-W49"), Is.True);
        Assert.That(_script.Sender.Replies[^1].Text, Does.Contain("thanks"));
    }

    [Test]
    public async Task Button_FromAnotherWorkspace_ChangesNothing()
    {
        var prompt = await _script.RunToPromptAsync("U1");
        var skip = prompt.Choices.Single(c => c.ActionId == DialogActions.Skip);

        await _script.Answers.HandleButtonAsync(new ChatButton(new ChatAddress(ChatPlatform.Playground, "T2", "D1"), new ChatUser("U1"), skip.ActionId, skip.Value));

        Assert.That(_script.Dialogs.All.Single(d => d.Id == skip.Value).IsOpen, Is.True);
    }
}
