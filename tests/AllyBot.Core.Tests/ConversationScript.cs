using AllyBot.Core.Commands;
using AllyBot.Core.Conversations;
using AllyBot.Core.Nudging;
using AllyBot.Core.Privacy;
using AllyBot.Core.Replies;
using AllyBot.Core.Telemetry;
using AllyBot.Rules;
using AllyBot.Rules.Model;
using AllyBot.Testing;
using Microsoft.Extensions.Time.Testing;

namespace AllyBot.Core.Tests;

/// <summary>A conversation with AllyBot's core and no HTTP: say things as users, read what AllyBot sent.</summary>
internal sealed class ConversationScript
{
    public const string Workspace = "T1";

    public ConversationScript(RuleSet? rules = null)
    {
        var provider = new FixedRuleSetProvider(rules ?? Rules);
        var pseudonymizer = new MemberPseudonymizer(new byte[32]);
        Pseudonymizer = pseudonymizer;
        Metrics = new AllyBotMetrics(MeterFactory);
        Nudger = new MessageNudger(LocalOnlyLanguage.Rules(provider, Metrics), Store, Store, Store, Sender, pseudonymizer, new NudgeOptions(), Clock, Metrics, Store);
        Revisor = new NudgeRevisor(Nudger, Store, Store, Store, Store, Sender, pseudonymizer, new NudgeOptions(), Clock, Metrics);
        Buttons = new NudgeButtons(Store, Store, Sender, pseudonymizer, new NudgeOptions(), Clock, Metrics);
        Router = new AllyCommandRouter(
            [new TipsCommand(provider), new CheckCommand(LocalOnlyLanguage.Rules(provider, Metrics)), new SnoozeCommand(Store), new OptOutCommand(Store, optIn: false),
             new OptOutCommand(Store, optIn: true), new MeCommand(Store, Store), new ForgetMeCommand(Store)],
            Sender, pseudonymizer, Clock, Metrics);
    }

    public static RuleSet Rules { get; } = RuleSet.Create(
    [
        Rule("gendered-language/guys", ["guys"], Severity.Suggestion, ["everyone", "folks"]),
        Rule("technology/sanity-check", ["sanity check"], Severity.Suggestion, ["quick check"]),
        Rule("ableism/slur", ["spaz"], Severity.Warning, ["clumsy"]),
        Rule("race-ethnicity/cakewalk", ["cakewalk"], Severity.Info, ["easy win"]),
    ]);

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    public InMemoryAllyStore Store { get; } = new();

    public RecordingChatSender Sender { get; } = new();

    public MemberPseudonymizer Pseudonymizer { get; }

    public MessageNudger Nudger { get; }

    public NudgeRevisor Revisor { get; }

    public AllyCommandRouter Router { get; }

    public NudgeButtons Buttons { get; }

    public AllyBotMetrics Metrics { get; }

    public TestMeterFactory MeterFactory { get; } = new();

    public async Task<string> PressAsync(string user, string actionId, string value = "") =>
        (await Buttons.HandleAsync(new ChatButton(Channel(), new ChatUser(user), actionId, value))).Text;

    public static ChatAddress Channel(string channel = "C1") => new(ChatPlatform.Playground, Workspace, channel);

    public Task<Nudge?> SayAsync(string user, string text, string channel = "C1", bool isBot = false) =>
        Nudger.HandleAsync(new ChatMessage(Channel(channel), $"m{Sender.Sent.Count}", new ChatUser(user, isBot), text, Clock.GetUtcNow()));

    /// <summary>Says <paramref name="text"/> as message <paramref name="messageId"/>.</summary>
    public Task<Nudge?> SayAsAsync(string user, string messageId, string text, string channel = "C1") =>
        Nudger.HandleAsync(new ChatMessage(Channel(channel), messageId, new ChatUser(user), text, Clock.GetUtcNow()));

    /// <summary>Edits message <paramref name="messageId"/> to read <paramref name="text"/>.</summary>
    public Task<NudgeRevision> EditAsync(string user, string messageId, string text, string channel = "C1") =>
        Revisor.HandleEditAsync(new ChatMessageEdit(new ChatMessage(Channel(channel), messageId, new ChatUser(user), text, Clock.GetUtcNow())));

    /// <summary>Deletes message <paramref name="messageId"/>.</summary>
    public Task<NudgeRevision> DeleteAsync(string messageId, string channel = "C1") =>
        Revisor.HandleDeleteAsync(new ChatMessageDeletion(Channel(channel), messageId));

    public async Task<string> AllyAsync(string user, string text) =>
        (await Router.HandleAsync(new ChatCommand(Channel(), new ChatUser(user), text))).Text;

    private static Rule Rule(string id, string[] words, Severity severity, string[] suggestions) => new()
    {
        Id = id,
        Category = id.Split('/')[0],
        Severity = severity,
        Words = words,
        Suggestions = suggestions,
        Message = "Try \"{suggestion}\" instead of \"{match}\".",
        Why = $"Why {id}.",
        Examples = new RuleExamples(["a", "b"], ["c", "d"]),
    };
}
