using AllyBot.Core.Conversations;
using AllyBot.Core.Language;
using AllyBot.Core.Ports;
using AllyBot.Core.Privacy;
using AllyBot.Core.Replies;
using AllyBot.Core.Telemetry;
using AllyBot.Rules.Model;

namespace AllyBot.Core.Nudging;

/// <summary>
/// Decides whether a message earns a nudge and sends it: never to bots, never in a channel that is off, never to a
/// member who opted out or snoozed, never for info findings or findings below the workspace's floor, and at most once
/// per member per rule per window. One nudge per message lists everything worth pointing out. Each part of a message is
/// read by the rules of its language; parts in a language without rules are skipped (see <see cref="LanguageRules"/>).
/// The custom classifier's second opinion (when configured) runs alongside the rules within its budget; its findings
/// join the rules' and its failure or silence never holds them back.
/// </summary>
public sealed class MessageNudger(
    LanguageRules rules,
    IMemberSettingsStore members,
    IWorkspaceSettingsStore workspaces,
    INudgeLog log,
    IChatSender sender,
    MemberPseudonymizer pseudonymizer,
    NudgeOptions options,
    TimeProvider clock,
    AllyBotMetrics metrics,
    ISentNudgeStore sentNudges,
    ClassifierSecondOpinion? secondOpinion = null)
{
    /// <summary>Handles one message; returns the nudge sent, or null when AllyBot stayed quiet.</summary>
    /// <remarks>
    /// Rate-limit records carry the message's reference: if an attempt dies after recording but before the nudge is
    /// stored, the inbox's retry of the same message is not rate-limited by its own record (the outbox key keeps the
    /// nudge single).
    /// </remarks>
    public Task<Nudge?> HandleAsync(ChatMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        return HandleAsync(message, messageRef: null, cancellationToken);
    }

    /// <summary>Handles one message whose rate-limit records carry <paramref name="messageRef"/> (null: the message's own reference, made only when a nudge is due).</summary>
    internal async Task<Nudge?> HandleAsync(ChatMessage message, string? messageRef, CancellationToken cancellationToken)
    {
        if (message.Author.IsBot || string.IsNullOrWhiteSpace(message.Text))
        {
            return null;
        }

        var workspace = await workspaces.GetAsync(message.Where.WorkspaceId, cancellationToken).ConfigureAwait(false);
        if (workspace.ChannelsOff.Contains(message.Where.ChannelId))
        {
            metrics.NudgeSuppressed(SuppressionReasons.ChannelOff);
            return null;
        }

        var floor = workspace.NudgeFloor;
        var (evaluation, all) = await FindingsAsync(message, cancellationToken).ConfigureAwait(false);
        if (evaluation.Unsupported.Count > 0)
        {
            metrics.NudgeSuppressed(SuppressionReasons.Language);
        }

        var findings = all.Where(f => f.Rule.Severity >= floor).ToList();
        if (all.Count > findings.Count)
        {
            metrics.NudgeSuppressed(SuppressionReasons.BelowFloor, all.Count - findings.Count);
        }

        if (findings.Count == 0)
        {
            return null;
        }

        var member = pseudonymizer.KeyFor(message.Where, message.Author.Id);
        var now = clock.GetUtcNow();
        var settings = await members.GetAsync(member, cancellationToken).ConfigureAwait(false);
        if (settings.NudgesOff || settings.IsSnoozedAt(now))
        {
            metrics.NudgeSuppressed(settings.NudgesOff ? SuppressionReasons.OptedOut : SuppressionReasons.Snoozed, findings.Count);
            return null;
        }

        messageRef ??= pseudonymizer.MessageRefFor(message.Where, message.MessageId);
        var items = new List<NudgeItem>();
        foreach (var finding in findings.DistinctBy(f => f.Rule.Id))
        {
            if (await log.TryRecordAsync(member, finding.Rule.Id, messageRef, now, options.RateLimitWindow, cancellationToken).ConfigureAwait(false))
            {
                items.Add(NudgeItem.From(finding));
            }
            else
            {
                metrics.NudgeSuppressed(SuppressionReasons.RateLimited);
            }
        }

        if (items.Count == 0)
        {
            return null;
        }

        var nudge = new Nudge(message.Where, message.Author.Id, message.MessageId, items);
        var receipt = await sender.SendNudgeAsync(nudge, cancellationToken).ConfigureAwait(false);
        metrics.NudgeSent(message.Where.Platform.ToString(), items.Count);
        if (receipt is not null)
        {
            // Remembered (ids only) so that an edit or delete of the message can update or withdraw the nudge.
            await sentNudges.SaveAsync(member, new SentNudge(message.Where, message.MessageId, receipt, [.. items.Select(i => i.RuleId)], now), cancellationToken).ConfigureAwait(false);
        }

        return nudge;
    }

    /// <summary>The rules' evaluation of the message, and its findings with the classifier's second opinion (started first, so both run at once).</summary>
    internal async Task<(LanguageEvaluation Evaluation, IReadOnlyList<Finding> All)> FindingsAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        var opinion = SecondOpinionAsync(message, cancellationToken);
        var evaluation = await rules.EvaluateAsync(message.Where, message.Text, cancellationToken).ConfigureAwait(false);
        var second = await opinion.ConfigureAwait(false);
        return (evaluation, second.Count > 0 ? [.. evaluation.Findings, .. second] : evaluation.Findings);
    }

    /// <summary>The classifier's findings, or none (when it is off, slow, failing, or throws).</summary>
    private async Task<IReadOnlyList<Finding>> SecondOpinionAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        if (secondOpinion is null)
        {
            return [];
        }

        try
        {
            await Task.Yield();
            return await secondOpinion.FindingsAsync(message.Where, message.Text, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A second opinion is optional by design: the rules' findings go ahead without it.
            return [];
        }
    }
}
