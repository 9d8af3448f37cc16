using AllyBot.Core.Conversations;
using AllyBot.Core.Participation;
using AllyBot.Core.Tests.Dialogs;

namespace AllyBot.Core.Tests.Participation;

public sealed class ParticipationRecorderTests
{
    private const string Secret = "the launch slips to March, don't tell anyone";

    private readonly DialogScript _script = new();

    [SetUp]
    public async Task SetUpAsync()
    {
        _script.SetRoster("C1", "U1", "U2", "U3");
        await _script.AllyAsync("U1", "digest on");
    }

    private Task<bool> SayAsync(string user, string? thread = null, bool isBot = false, string channel = "C1") =>
        _script.Participation.RecordAsync(new ChatMessage(DialogScript.Channel(channel) with { ThreadId = thread }, $"m{Guid.NewGuid():N}", new ChatUser(user, isBot), Secret, _script.Clock.GetUtcNow()));

    [Test]
    public async Task Record_Message_OneContentFreeCounter()
    {
        Assert.That(await SayAsync("U1"), Is.True);
        await SayAsync("U1");
        await SayAsync("U2", thread: "t1");

        Assert.That(_script.Counter.Counters, Is.EquivalentTo(new Dictionary<ParticipationCount, int>
        {
            [new(DialogScript.Channel(), new DateOnly(2026, 11, 23), _script.Key("U1").Pseudonym, ParticipationKind.Message)] = 2,
            [new(DialogScript.Channel(), new DateOnly(2026, 11, 23), _script.Key("U2").Pseudonym, ParticipationKind.ThreadReply)] = 1,
        }));
    }

    [Test]
    public async Task Record_Message_StoresNoTextNoUserIdNoMessageId()
    {
        await _script.Participation.RecordAsync(new ChatMessage(DialogScript.Channel() with { ThreadId = "thread-7" }, "msg-42", new ChatUser("U1"), Secret, _script.Clock.GetUtcNow()));

        var stored = string.Join('|', _script.Counter.Counters.Select(c => $"{c.Key}={c.Value}"));
        Assert.That(stored, Does.Not.Contain("launch").And.Not.Contain("U1").And.Not.Contain("thread-7").And.Not.Contain("msg-42").And.Not.Contain(":"));
        Assert.That(typeof(ParticipationCount).GetProperties().Where(p => p.Name != "EqualityContract").Select(p => p.PropertyType.Name),
            Is.EquivalentTo(new[] { "ChatAddress", "DateOnly", "String", "ParticipationKind" }), "the only string is the pseudonym; the day has no time of day");
    }

    [Test]
    public async Task Record_MemberOptedOutOfCounting_Skipped()
    {
        await _script.AllyAsync("U2", "optout counting");

        Assert.That(await SayAsync("U2"), Is.False);
        Assert.That(_script.Counter.Counters, Is.Empty);
    }

    [Test]
    public async Task Record_Bot_Skipped() => Assert.That(await SayAsync("B1", isBot: true), Is.False);

    [Test]
    public async Task Record_ChannelWithoutDigest_Skipped()
    {
        Assert.That(await SayAsync("U1", channel: "C2"), Is.False);

        await _script.AllyAsync("U1", "digest off");
        Assert.That(await SayAsync("U1"), Is.False);
        Assert.That(_script.Counter.Counters, Is.Empty);
    }
}
