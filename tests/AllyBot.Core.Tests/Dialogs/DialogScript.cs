using AllyBot.Core.Commands;
using AllyBot.Core.Conversations;
using AllyBot.Core.Credits;
using AllyBot.Core.Dialogs;
using AllyBot.Core.Participation;
using AllyBot.Core.Privacy;
using AllyBot.Core.Replies;
using AllyBot.Core.Settings;
using AllyBot.Core.Telemetry;
using AllyBot.Core.TeamSettings;
using AllyBot.Testing;
using Microsoft.Extensions.Time.Testing;

namespace AllyBot.Core.Tests.Dialogs;

/// <summary>
/// Scheduled dialogs, credits and settings commands with no HTTP: a fake clock, every store in memory, a roster the
/// test sets, and helpers to tick the scheduler, answer prompts as members and type <c>/ally</c> commands.
/// </summary>
internal sealed class DialogScript
{
    public const string Workspace = "T1";

    /// <summary>Monday 2026-11-23 08:00 UTC; that week's Thursday is 2026-11-26.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    public DialogScript(DialogSchedulerOptions? options = null)
    {
        Options = options ?? new DialogSchedulerOptions();
        Metrics = new AllyBotMetrics(MeterFactory);
        Calendars = new MemberCalendars(CalendarStore);
        Recorder = new CreditRecorder(Credits, Roster, Members, Sender, Pseudonymizer);
        Access = new ChannelSettingsAccess(Teams, AdminPolicy);
        Commands =
        [
            new SnoozeCommand(Members), new OptOutCommand(Members, optIn: false), new OptOutCommand(Members, optIn: true), new MeCommand(Members, Members),
            new ForgetMeCommand(new DialogDataEraser(Members, Dialogs, Credits, CalendarStore, Counter)),
            new CreditCommand(Roster, Recorder), new AmplifyCommand(Links, Sender, Recorder),
            new ScheduleCommand(Access, Teams, CalendarStore), new DigestCommand(Access, Teams), new FacilitatorCommand(Access, Teams, Roster),
            new HolidaysCommand(Access, CalendarStore), new AwayCommand(CalendarStore), new HoursCommand(CalendarStore), new TzCommand(CalendarStore),
        ];
        Router = new AllyCommandRouter(Commands, Sender, Pseudonymizer, Clock, Metrics);
        Answers = new DialogAnswers(Dialogs, Roster, Recorder, Sender, Pseudonymizer, Commands, Options, Clock);
        Participation = new ParticipationRecorder(Teams, Members, Counter, Pseudonymizer);
        Scheduler = NewScheduler();
    }

    public DialogSchedulerOptions Options { get; }

    public FakeTimeProvider Clock { get; } = new(Start);

    public MemberPseudonymizer Pseudonymizer { get; } = new(new byte[32]);

    public InMemoryAllyStore Members { get; } = new();

    public InMemoryDialogStore Dialogs { get; } = new();

    public InMemoryCreditStore Credits { get; } = new();

    public InMemoryTeamSettingsStore Teams { get; } = new();

    public InMemoryMemberCalendarStore CalendarStore { get; } = new();

    public InMemoryParticipationCounter Counter { get; } = new();

    public InMemoryVoicesSnapshotStore Snapshots { get; } = new();

    public InMemoryDeliveryLog Deliveries { get; } = new();

    public FakeRosterProvider Roster { get; } = new();

    /// <summary>Who is in do-not-disturb, and until when.</summary>
    public FakeDoNotDisturb DoNotDisturb { get; } = new();

    public FakeMessageLinkResolver Links { get; } = new();

    public RecordingDialogChatSender Sender { get; } = new();

    public FacilitatorFirstAdminPolicy AdminPolicy { get; } = new();

    public TestMeterFactory MeterFactory { get; } = new();

    public AllyBotMetrics Metrics { get; }

    public MemberCalendars Calendars { get; }

    public CreditRecorder Recorder { get; }

    public ChannelSettingsAccess Access { get; }

    public IReadOnlyList<IAllyCommand> Commands { get; }

    public AllyCommandRouter Router { get; }

    public DialogAnswers Answers { get; }

    public ParticipationRecorder Participation { get; }

    public DialogScheduler Scheduler { get; }

    public static ChatAddress Channel(string channel = "C1") => new(ChatPlatform.Playground, Workspace, channel);

    /// <summary>The DM conversation with <paramref name="user"/>, where dialog buttons are pressed.</summary>
    public static ChatAddress Dm(string user) => new(ChatPlatform.Playground, Workspace, $"D-{user}");

    public MemberKey Key(string user) => Pseudonymizer.KeyFor(Channel(), user);

    /// <summary>Another scheduler (another instance) sharing every store, clock and sender with this one.</summary>
    public DialogScheduler NewScheduler() => new(
        Teams,
        new CreditPromptStarter(Roster, Members, Dialogs, Calendars, Sender, Pseudonymizer, Options, DoNotDisturb),
        new DialogFollowUp(Dialogs, Roster, Sender),
        new WeeklyCreditsPost(Credits, Teams, Deliveries, Sender, Options),
        new FacilitatorDigests(Roster, new VoicesRosterBuilder(Counter, Credits, Members, Calendars, Pseudonymizer), Snapshots, Deliveries, Calendars, Sender, Pseudonymizer, Options),
        Dialogs, Counter, Credits, Deliveries, Options, Members);

    /// <summary>Sets the channel's human members (no platform zones).</summary>
    public void SetRoster(string channel, params string[] users) => Roster.Set(Channel(channel), [.. users.Select(u => new RosterMember(u))]);

    /// <summary>The usual team: U1..U5 in C1, and the credit dialog on Thursdays 14:00 UTC.</summary>
    public async Task<DialogScript> WithWeeklyCreditAsync(string schedule = "weekly thu 14:00 UTC")
    {
        SetRoster("C1", "U1", "U2", "U3", "U4", "U5");
        var answer = await AllyAsync("U1", $"schedule credit {schedule}");
        Assert.That(answer, Does.StartWith("Done"), answer);
        Sender.Clear();
        return this;
    }

    public async Task<string> AllyAsync(string user, string text, string channel = "C1") =>
        (await Router.HandleAsync(new ChatCommand(Channel(channel), new ChatUser(user), text))).Text;

    public Task TickAsync() => Scheduler.TickAsync(Clock.GetUtcNow());

    /// <summary>Moves the clock to <paramref name="until"/> in steps (default one minute), ticking the scheduler after each.</summary>
    public async Task RunUntilAsync(DateTimeOffset until, TimeSpan? step = null)
    {
        while (Clock.GetUtcNow() < until)
        {
            var next = Clock.GetUtcNow() + (step ?? TimeSpan.FromMinutes(1));
            Clock.SetUtcNow(next < until ? next : until);
            await TickAsync();
        }
    }

    /// <summary>Runs to Thursday 14:00 UTC of the current week (or <paramref name="at"/>) and returns the prompt <paramref name="user"/> got.</summary>
    public async Task<DialogPrompt> RunToPromptAsync(string user = "U1", DateTimeOffset? at = null)
    {
        await RunUntilAsync(at ?? new DateTimeOffset(2026, 11, 26, 14, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(30));
        return LastPromptTo(user);
    }

    public DialogPrompt LastPromptTo(string user)
    {
        var prompts = Sender.PromptsTo(user);
        Assert.That(prompts, Is.Not.Empty, $"{user} got no DM");
        return prompts[^1];
    }

    /// <summary>Picks people in the last member picker <paramref name="user"/> got.</summary>
    public Task PickAsync(string user, params string[] picked)
    {
        var input = Sender.PromptsTo(user).Select(p => p.Input).OfType<MemberPickerInput>().Last();
        return PressAsync(user, input.ActionId, $"{input.Value} {string.Join(' ', picked)}");
    }

    /// <summary>Types into the last text box <paramref name="user"/> got.</summary>
    public Task DescribeAsync(string user, string text)
    {
        var input = Sender.PromptsTo(user).Select(p => p.Input).OfType<TextAnswerInput>().Last();
        return PressAsync(user, input.ActionId, $"{input.Value} {text}");
    }

    /// <summary>Presses the button with <paramref name="actionId"/> on the last DM of <paramref name="user"/> that has it.</summary>
    public Task ChooseAsync(string user, string actionId)
    {
        var choice = Sender.PromptsTo(user).SelectMany(p => p.Choices).Last(c => c.ActionId == actionId);
        return PressAsync(user, choice.ActionId, choice.Value);
    }

    public Task<bool> PressAsync(string user, string actionId, string value) =>
        Answers.HandleButtonAsync(new ChatButton(Dm(user), new ChatUser(user), actionId, value));

    /// <summary><paramref name="user"/> writes <paramref name="text"/> to AllyBot directly.</summary>
    public Task<bool> TypeAsync(string user, string text) => Answers.TryHandleTextAsync(new ChatCommand(Dm(user), new ChatUser(user), text));

    /// <summary>Runs the whole credit dialog for <paramref name="giver"/> from the prompt they already got.</summary>
    public async Task CreditAsync(string giver, string[] picked, string contribution, string shareAction = DialogActions.CreditShareChannel)
    {
        await PickAsync(giver, picked);
        await DescribeAsync(giver, contribution);
        await ChooseAsync(giver, shareAction);
    }
}
