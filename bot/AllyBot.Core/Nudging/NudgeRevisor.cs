using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Core.Privacy;
using AllyBot.Core.Replies;
using AllyBot.Core.Telemetry;

namespace AllyBot.Core.Nudging;

/// <summary>
/// Re-checks edited messages and handles deleted ones (protocols.md §2.6). An edit of a message AllyBot nudged about
/// withdraws the nudge when nothing applies any more, updates it when other rules apply, and leaves it when the same
/// rules apply. Rules the nudge already named are kept without touching the rate limit, and an update is never
/// counted as a new nudge; a rule the edit adds goes through the rate limit, snooze and opt-out like any finding. An
/// edit of a message never nudged is handled like a new message. A delete withdraws the nudge.
/// </summary>
public sealed class NudgeRevisor(
    MessageNudger nudger,
    IMemberSettingsStore members,
    IWorkspaceSettingsStore workspaces,
    INudgeLog log,
    ISentNudgeStore sentNudges,
    IChatSender sender,
    MemberPseudonymizer pseudonymizer,
    NudgeOptions options,
    TimeProvider clock,
    AllyBotMetrics metrics)
{
    public async Task<NudgeRevision> HandleEditAsync(ChatMessageEdit edit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var message = edit.Message;
        if (message.Author.IsBot)
        {
            return NudgeRevision.None;
        }

        var sent = await sentNudges.FindAsync(message.Where, message.MessageId, cancellationToken).ConfigureAwait(false);
        if (sent is null)
        {
            return await nudger.HandleAsync(message, EditRef(), cancellationToken).ConfigureAwait(false) is null ? NudgeRevision.None : NudgeRevision.Nudged;
        }

        var member = pseudonymizer.KeyFor(message.Where, message.Author.Id);
        var items = await ItemsNowAsync(message, member, sent, cancellationToken).ConfigureAwait(false);
        if (items.Count == 0)
        {
            await WithdrawAsync(sent, cancellationToken).ConfigureAwait(false);
            return NudgeRevision.Withdrawn;
        }

        var ruleIds = items.Select(i => i.RuleId).ToList();
        if (ruleIds.ToHashSet(StringComparer.Ordinal).SetEquals(sent.RuleIds))
        {
            return NudgeRevision.Unchanged;
        }

        var nudge = new Nudge(message.Where, message.Author.Id, message.MessageId, items);
        var receipt = await sender.UpdateNudgeAsync(sent, nudge, cancellationToken).ConfigureAwait(false);
        await sentNudges.SaveAsync(member, sent with { Receipt = receipt ?? sent.Receipt, RuleIds = ruleIds }, cancellationToken).ConfigureAwait(false);
        metrics.NudgeRevised("updated", message.Where.Platform.ToString());
        return NudgeRevision.Updated;
    }

    /// <summary>
    /// A reference no other record has: an edit is judged afresh against the window, never passed by the original
    /// message's own record (which would nudge again a message edited clean and back).
    /// </summary>
    private static string EditRef() => "edit:" + Guid.NewGuid().ToString("N");

    public async Task<NudgeRevision> HandleDeleteAsync(ChatMessageDeletion deletion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(deletion);
        var sent = await sentNudges.FindAsync(deletion.Where, deletion.MessageId, cancellationToken).ConfigureAwait(false);
        if (sent is null)
        {
            return NudgeRevision.None;
        }

        await WithdrawAsync(sent, cancellationToken).ConfigureAwait(false);
        return NudgeRevision.Withdrawn;
    }

    private async Task WithdrawAsync(SentNudge sent, CancellationToken cancellationToken)
    {
        await sender.WithdrawNudgeAsync(sent, cancellationToken).ConfigureAwait(false);
        await sentNudges.DeleteAsync(sent.Where, sent.MessageId, cancellationToken).ConfigureAwait(false);
        metrics.NudgeRevised("withdrawn", sent.Where.Platform.ToString());
    }

    /// <summary>What the nudge should point out for the message as it reads now (the same filters as <see cref="MessageNudger"/>).</summary>
    private async Task<List<NudgeItem>> ItemsNowAsync(ChatMessage message, Settings.MemberKey member, SentNudge sent, CancellationToken cancellationToken)
    {
        var workspace = await workspaces.GetAsync(message.Where.WorkspaceId, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(message.Text) || workspace.ChannelsOff.Contains(message.Where.ChannelId))
        {
            return [];
        }

        var floor = workspace.NudgeFloor;
        var (_, all) = await nudger.FindingsAsync(message, cancellationToken).ConfigureAwait(false);
        var findings = all.Where(f => f.Rule.Severity >= floor).DistinctBy(f => f.Rule.Id).ToList();
        var now = clock.GetUtcNow();
        var settings = await members.GetAsync(member, cancellationToken).ConfigureAwait(false);
        var items = new List<NudgeItem>();
        foreach (var finding in findings)
        {
            if (sent.RuleIds.Contains(finding.Rule.Id, StringComparer.Ordinal))
            {
                items.Add(NudgeItem.From(finding));
            }
            else if (settings.NudgesOff || settings.IsSnoozedAt(now))
            {
                metrics.NudgeSuppressed(settings.NudgesOff ? SuppressionReasons.OptedOut : SuppressionReasons.Snoozed);
            }
            else if (await log.TryRecordAsync(member, finding.Rule.Id, EditRef(), now, options.RateLimitWindow, cancellationToken).ConfigureAwait(false))
            {
                items.Add(NudgeItem.From(finding));
            }
            else
            {
                metrics.NudgeSuppressed(SuppressionReasons.RateLimited);
            }
        }

        return items;
    }
}
