using AllyBot.Core.Conversations;
using AllyBot.Core.Outbox;
using AllyBot.Core.Replies;
using AllyBot.Rules.Model;

namespace AllyBot.Core.Tests.Outbox;

public sealed class OutboxJsonTests
{
    private static readonly ChatAddress Where = new(ChatPlatform.Slack, "T1", "C1", "1700000000.000100");

    [Test]
    public void Nudge_RoundTrip_KeepsEveryField()
    {
        var nudge = new Nudge(Where, "U1", "1700000000.000200", [new NudgeItem("gendered/guys", Severity.Warning, "guys", "Try folks", ["folks", "everyone"], "Why", "https://example.org")]);

        var back = OutboxJson.DeserializeNudge(OutboxJson.Serialize(nudge));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(back with { Items = [] }, Is.EqualTo(nudge with { Items = [] }));
            Assert.That(back.Items.Single() with { Suggestions = [] }, Is.EqualTo(nudge.Items.Single() with { Suggestions = [] }));
            Assert.That(back.Items.Single().Suggestions, Is.EqualTo(new[] { "folks", "everyone" }));
        }
    }

    [Test]
    public void Prompt_WithMemberPicker_RoundTripsTheInputKind()
    {
        var prompt = new DialogPrompt(Where, "U1", "Who helped?", new MemberPickerInput(DialogActions.CreditPick, "d1", ["U2", "U3"]), [new DialogChoice("Skip", DialogActions.Skip, "d1")]);

        var back = OutboxJson.DeserializePrompt(OutboxJson.Serialize(prompt));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(back.Input, Is.TypeOf<MemberPickerInput>());
            Assert.That(((MemberPickerInput)back.Input!).CandidateUserIds, Is.EqualTo(new[] { "U2", "U3" }));
            Assert.That(back.Choices, Is.EqualTo(prompt.Choices));
            Assert.That((back.Where, back.RecipientId, back.Text), Is.EqualTo((prompt.Where, prompt.RecipientId, prompt.Text)));
        }
    }

    [Test]
    public void Prompt_WithTextAnswer_RoundTripsTheInputKind()
    {
        var prompt = new DialogPrompt(Where, "U1", "What did they do?", new TextAnswerInput(DialogActions.CreditDescribe, "d1", "They...", 10), []);

        var back = OutboxJson.DeserializePrompt(OutboxJson.Serialize(prompt));

        Assert.That(back.Input, Is.EqualTo(prompt.Input));
    }

    [Test]
    public void Post_RoundTrip_IsEqual()
    {
        var post = new ChannelPost(Where, "This week's credits");

        Assert.That(OutboxJson.DeserializePost(OutboxJson.Serialize(post)), Is.EqualTo(post));
    }

    [Test]
    public void DeserializeNudge_Null_Throws() =>
        Assert.That(() => OutboxJson.DeserializeNudge("null"), Throws.InstanceOf<System.Text.Json.JsonException>());
}
