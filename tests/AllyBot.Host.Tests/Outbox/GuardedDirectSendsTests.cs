using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Core.Replies;
using AllyBot.Core.Telemetry;
using AllyBot.Host.Outbox;
using AllyBot.Host.Startup;
using AllyBot.Testing;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace AllyBot.Host.Tests.Outbox;

/// <summary>Private replies and nudge edits go straight to the platform, but within its circuit and send timeout.</summary>
public sealed class GuardedDirectSendsTests
{
    private static readonly ChatAddress SlackChannel = new(ChatPlatform.Slack, "T1", "C1");
    private static readonly ChatAddress TeamsChannel = new(ChatPlatform.Teams, "tenant", "19:general");

    private readonly FlakyPlatform _slack = new(ChatPlatform.Slack);
    private readonly FlakyPlatform _teams = new(ChatPlatform.Teams);

    private GuardedDirectSends Sends(TimeSpan? timeout = null) => new(
        new ChatSenderRouter([_slack, _teams], [], new AllyBotMetrics(new TestMeterFactory())),
        PlatformCircuitsTests.Circuits(timeout));

    private static PrivateReply Reply(ChatAddress where) => new(where, "U1", "Snoozed for a day.");

    private static SentNudge Sent(ChatAddress where) => new(where, "m1", new NudgeReceipt("D1", "r1"), ["guys"], DateTimeOffset.UnixEpoch);

    [Test]
    public async Task SendPrivateReply_PlatformAnswers_DeliversTheReply()
    {
        await Sends().SendPrivateReplyAsync(Reply(SlackChannel));

        Assert.That(_slack.Calls, Is.EqualTo(1));
    }

    [Test]
    public void SendPrivateReply_PlatformKeepsFailing_OpensItsCircuitAndFailsFastWithoutCallingIt()
    {
        var sends = Sends();
        _slack.Failing = true;
        for (var i = 0; i < 3; i++)
        {
            Assert.That(() => sends.SendPrivateReplyAsync(Reply(SlackChannel)), Throws.InstanceOf<HttpRequestException>());
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(() => sends.SendPrivateReplyAsync(Reply(SlackChannel)), Throws.InstanceOf<BrokenCircuitException>());
            Assert.That(() => sends.UpdateNudgeAsync(Sent(SlackChannel), new Nudge(SlackChannel, "U1", "m1", [])), Throws.InstanceOf<BrokenCircuitException>());
            Assert.That(() => sends.WithdrawNudgeAsync(Sent(SlackChannel)), Throws.InstanceOf<BrokenCircuitException>());
            Assert.That(_slack.Calls, Is.EqualTo(3), "an open circuit does not call the platform");
        }
    }

    [Test]
    public async Task WithdrawNudge_OnePlatformsCircuitOpen_OtherPlatformStillGetsItsSends()
    {
        var sends = Sends();
        _slack.Failing = true;
        for (var i = 0; i < 3; i++)
        {
            Assert.That(() => sends.WithdrawNudgeAsync(Sent(SlackChannel)), Throws.InstanceOf<HttpRequestException>());
        }

        await sends.WithdrawNudgeAsync(Sent(TeamsChannel));

        Assert.That(_teams.Calls, Is.EqualTo(1));
    }

    [Test]
    public void UpdateNudge_PlatformHangs_GivesUpAtTheSendTimeout()
    {
        _slack.Hangs = true;

        Assert.That(
            () => Sends(TimeSpan.FromMilliseconds(50)).UpdateNudgeAsync(Sent(SlackChannel), new Nudge(SlackChannel, "U1", "m1", [])),
            Throws.InstanceOf<TimeoutRejectedException>());
    }

    /// <summary>A platform edge that answers, fails or hangs, and counts the calls that reached it.</summary>
    private sealed class FlakyPlatform(ChatPlatform platform) : IPlatformChatSender
    {
        public ChatPlatform Platform => platform;

        public bool Failing { get; set; }

        public bool Hangs { get; set; }

        public int Calls { get; private set; }

        public Task<NudgeReceipt?> SendNudgeAsync(Nudge nudge, CancellationToken cancellationToken = default) => Answer<NudgeReceipt?>(new NudgeReceipt("D1", "r2"), cancellationToken);

        public Task SendPrivateReplyAsync(PrivateReply reply, CancellationToken cancellationToken = default) => Answer(true, cancellationToken);

        public Task<NudgeReceipt?> UpdateNudgeAsync(SentNudge sent, Nudge nudge, CancellationToken cancellationToken = default) => Answer<NudgeReceipt?>(sent.Receipt, cancellationToken);

        public Task WithdrawNudgeAsync(SentNudge sent, CancellationToken cancellationToken = default) => Answer(true, cancellationToken);

        private async Task<T> Answer<T>(T result, CancellationToken cancellationToken)
        {
            Calls++;
            if (Hangs)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            return Failing ? throw new HttpRequestException($"{platform} is down") : result;
        }
    }
}
