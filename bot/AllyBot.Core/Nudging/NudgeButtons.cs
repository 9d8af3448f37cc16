using System.Globalization;
using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Core.Privacy;
using AllyBot.Core.Replies;
using AllyBot.Core.Telemetry;

namespace AllyBot.Core.Nudging;

/// <summary>The buttons on a nudge: Thanks, Not helpful here (recorded per rule, no text), Snooze 24h.</summary>
public sealed class NudgeButtons(
    IMemberSettingsStore members,
    IFeedbackLog feedback,
    IChatSender sender,
    MemberPseudonymizer pseudonymizer,
    NudgeOptions options,
    TimeProvider clock,
    AllyBotMetrics metrics,
    NotHelpfulReasons? reasons = null)
{
    /// <summary>Separates rule ids in a button's value.</summary>
    public const char RuleSeparator = ' ';

    public async Task<PrivateReply> HandleAsync(ChatButton button, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(button);
        var now = clock.GetUtcNow();
        metrics.FeedbackPressed(button.ActionId is NudgeActions.Thanks or NudgeActions.NotHelpful or NudgeActions.Snooze ? button.ActionId : "unknown");
        string answer;
        switch (button.ActionId)
        {
            case NudgeActions.Thanks:
                answer = "Thanks for taking a look. 💜";
                break;
            case NudgeActions.NotHelpful:
                var pressed = new List<long>();
                foreach (var ruleId in button.Value.Split(RuleSeparator, StringSplitOptions.RemoveEmptyEntries).Distinct().Take(10))
                {
                    pressed.Add(await feedback.RecordNotHelpfulAsync(button.Where.WorkspaceId, button.Where.ChannelId, ruleId, now, cancellationToken).ConfigureAwait(false));
                }

                if (reasons is not null && pressed.Count > 0)
                {
                    await reasons.AskAsync(button.Where, button.User.Id, pressed, cancellationToken).ConfigureAwait(false);
                }

                answer = "Thanks, noted. This tells us which tips miss the mark (we record the tip, never your message).";
                break;
            case NudgeActions.Snooze:
                var member = pseudonymizer.KeyFor(button.Where, button.User.Id);
                var settings = await members.GetAsync(member, cancellationToken).ConfigureAwait(false);
                var until = now + options.SnoozeButtonDuration;
                await members.SaveAsync(member, settings with { SnoozedUntil = until }, cancellationToken).ConfigureAwait(false);
                answer = string.Create(CultureInfo.InvariantCulture, $"Nudges snoozed until {until:yyyy-MM-dd HH:mm} UTC.");
                break;
            default:
                answer = "That button is no longer valid.";
                break;
        }

        var reply = new PrivateReply(button.Where, button.User.Id, answer);
        await sender.SendPrivateReplyAsync(reply, cancellationToken).ConfigureAwait(false);
        return reply;
    }
}
