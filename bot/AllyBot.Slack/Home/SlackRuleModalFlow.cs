using System.Text.Json.Nodes;
using AllyBot.Core.Admin;
using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Slack.Inbound;
using AllyBot.Slack.Outbound;
using AllyBot.Slack.Translation;
using AllyBot.Slack.WebApi;
using AllyBot.Slack.Wire;
using Microsoft.Extensions.Logging;

namespace AllyBot.Slack.Home;

/// <summary>
/// The rule modal, on the request thread because Slack's clocks demand it: a trigger id expires 3 seconds after the
/// click or command, and <c>response_action: "errors"</c> is only possible in the ack of the submission.
/// <list type="bullet">
/// <item>Opening: the admin check (cached for 5 minutes by the admin policy, else one <c>users.info</c>) gets at most
/// <see cref="AdminCheckBudget"/>, then <c>views.open</c>; a non-admin gets no modal.</item>
/// <item>Submitting: the admin check again, then <see cref="CustomRuleService"/> (the same checks as <c>rules/</c>);
/// problems go back as field errors with the modal left open, success closes it and the admin is told in the
/// background (App Home notice, and privately in the channel the command came from).</item>
/// </list>
/// </summary>
internal sealed class SlackRuleModalFlow(
    AdminAccess access,
    CustomRuleService customRules,
    SlackWebApiClient api,
    SlackTokenSource tokens,
    IInboxWriter inbox,
    TimeProvider clock,
    ILogger<SlackRuleModalFlow> logger)
{
    /// <summary>
    /// The most the admin check may take before <c>views.open</c>: 1.5 s of the trigger's 3 s, leaving the rest for
    /// the Web API call and the network on both sides.
    /// </summary>
    public static readonly TimeSpan AdminCheckBudget = TimeSpan.FromMilliseconds(1500);

    public const string AdminsOnly = "Sorry, adding custom rules is for workspace admins only. An admin can give you access with `/ally admin grant @you`.";

    public const string CouldNotConfirm = "I couldn't confirm in time that you are a workspace admin; nothing was added. Press \"Add rule\" again.";

    public const string CouldNotOpen = "I couldn't open the rule form in time. Press \"Add a custom rule\" again, or type `/ally admin rule add` followed by the rule's YAML.";

    /// <summary>True for <c>/ally admin rule add</c> with nothing after it (any case and spacing).</summary>
    public static bool IsBareRuleAdd(string? text) =>
        text?.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries) is [var a, var r, var add]
        && a.Equals("admin", StringComparison.OrdinalIgnoreCase) && r.Equals("rule", StringComparison.OrdinalIgnoreCase) && add.Equals("add", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Opens the modal for <paramref name="userId"/> if they are an admin of <paramref name="where"/>'s workspace
    /// (where they asked: a channel, the slash command's, or App Home), with <paramref name="triggerId"/>.
    /// </summary>
    public async Task<SlackRuleModalOpening> OpenAsync(ChatAddress where, string userId, string triggerId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(where);
        var started = clock.GetTimestamp();
        var outcome = await OpenCheckedAsync(where, userId, triggerId, cancellationToken).ConfigureAwait(false);
        var elapsedMs = (long)clock.GetElapsedTime(started).TotalMilliseconds;
        logger.RuleModalOpening(where.WorkspaceId, outcome, elapsedMs);
        return outcome;
    }

    /// <summary>The ack of a submitted rule modal: field errors, or empty (closes it) once the rule is added.</summary>
    public async Task<SlackAck> SubmitAsync(SlackInteractionPayload payload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (payload.Team?.Id is not { } teamId || payload.User?.Id is not { } userId || payload.View is not { Id: { } viewId } view)
        {
            return SlackAck.Empty;
        }

        var started = clock.GetTimestamp();
        var where = Origin(teamId, view.PrivateMetadata);
        switch (await IsAdminWithinBudgetAsync(where, userId, cancellationToken).ConfigureAwait(false))
        {
            case null:
                return new SlackAck(SlackRuleModalErrors.Ack([CouldNotConfirm]));
            case false:
                return new SlackAck(SlackRuleModalErrors.Ack([AdminsOnly]));
        }

        if (SlackRuleModal.SeverityProblem(view.State) is { } severityProblem)
        {
            return new SlackAck(new JsonObject { ["response_action"] = "errors", ["errors"] = new JsonObject { [SlackRuleModal.Severity] = severityProblem } });
        }

        var outcome = await customRules.AddAsync(teamId, SlackRuleModal.Read(view.State), userId, cancellationToken).ConfigureAwait(false);
        var elapsedMs = (long)clock.GetElapsedTime(started).TotalMilliseconds;
        logger.RuleSubmitted(teamId, outcome.Added, outcome.Problems.Count, elapsedMs);
        if (!outcome.Added)
        {
            return new SlackAck(SlackRuleModalErrors.Ack(outcome.Problems));
        }

        var notice = $"Done: added custom rule `{outcome.RuleId}`. It nudges from the next message on; `/ally admin disable {outcome.RuleId}` turns it off.";
        await inbox.AcceptAsync(SlackDedupeKeys.View(teamId, viewId, view.Hash), new ChatButton(where, new ChatUser(userId), SlackHomeActions.Notice, notice), cancellationToken).ConfigureAwait(false);
        return SlackAck.Empty;
    }

    /// <summary>Tells <paramref name="userId"/> something on their App Home, in the background.</summary>
    public Task NoticeAsync(string dedupeKey, string teamId, string userId, string notice, CancellationToken cancellationToken = default) =>
        inbox.AcceptAsync(dedupeKey, new ChatButton(SlackHomeAddress.For(teamId), new ChatUser(userId), SlackHomeActions.Notice, notice), cancellationToken);

    private async Task<SlackRuleModalOpening> OpenCheckedAsync(ChatAddress where, string userId, string triggerId, CancellationToken cancellationToken)
    {
        switch (await IsAdminWithinBudgetAsync(where, userId, cancellationToken).ConfigureAwait(false))
        {
            case null:
                return SlackRuleModalOpening.TooSlow;
            case false:
                return SlackRuleModalOpening.NotAdmin;
        }

        try
        {
            if (await tokens.GetBotTokenAsync(where.WorkspaceId, cancellationToken).ConfigureAwait(false) is not { } token)
            {
                logger.RuleModalFailed(where.WorkspaceId, "not_installed");
                return SlackRuleModalOpening.Failed;
            }

            await api.OpenViewAsync(token, where.WorkspaceId, triggerId, SlackRuleModal.Build(where.ChannelId), cancellationToken).ConfigureAwait(false);
            return SlackRuleModalOpening.Opened;
        }
        catch (SlackApiException e)
        {
            logger.RuleModalFailed(where.WorkspaceId, e.ErrorCode);
            return SlackRuleModalOpening.Failed;
        }
        catch (HttpRequestException)
        {
            logger.RuleModalFailed(where.WorkspaceId, "connection_failed");
            return SlackRuleModalOpening.Failed;
        }
    }

    /// <summary>Whether the member is an admin, or null when the check took longer than <see cref="AdminCheckBudget"/>.</summary>
    private async Task<bool?> IsAdminWithinBudgetAsync(ChatAddress where, string userId, CancellationToken cancellationToken)
    {
        using var budget = new CancellationTokenSource(AdminCheckBudget, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(budget.Token, cancellationToken);
        try
        {
            return await access.IsAdminAsync(where, userId, linked.Token).WaitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    private static ChatAddress Origin(string teamId, string? privateMetadata) =>
        string.IsNullOrEmpty(privateMetadata) || privateMetadata == SlackHomeAddress.ChannelId
            ? SlackHomeAddress.For(teamId)
            : new ChatAddress(ChatPlatform.Slack, teamId, privateMetadata);

}
