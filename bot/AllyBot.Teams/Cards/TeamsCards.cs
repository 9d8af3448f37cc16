using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using AllyBot.Core.Admin;
using AllyBot.Core.Ports;
using AllyBot.Core.Replies;
using AllyBot.Core.SettingsViews;
using AllyBot.Teams.Inbound;
using AllyBot.Teams.Sending;
using AllyBot.Teams.Wire;
using Microsoft.Extensions.Logging;

namespace AllyBot.Teams.Cards;

/// <summary>
/// The settings and custom-rule cards on Teams.
/// <para>Typed requests (<c>settings</c>, <c>admin rule add</c>) follow the edge's ack-first rule: the endpoint queues
/// them and answers 200 at once; <see cref="TeamsCardWorker"/> builds the card and sends it privately. A non-admin's
/// rule form request goes to the inbox as the typed command, so Core gives its usual "admins only" answer.</para>
/// <para>Card presses are <c>adaptiveCard/action</c> invokes and are answered in the invoke response, because with
/// Universal Actions that response is what replaces the card in place: the press runs
/// <see cref="SettingsActions.ApplyAsync"/> (admin re-checked, audited) or <see cref="CustomRuleService.AddAsync(string, Rules.Customizing.CustomRuleFields, string, CancellationToken)"/>
/// after an <see cref="AdminAccess"/> check, within <see cref="InvokeBudget"/> (Teams waits about 5 s); a slower one
/// finishes in the background and the answer says so. Nothing here holds message text.</para>
/// </summary>
internal sealed class TeamsCards(
    SettingsActions? actions,
    SettingsViewBuilder? views,
    AdminAccess? access,
    CustomRuleService? customRules,
    TeamsChatSender sender,
    IInboxWriter inbox,
    TimeProvider clock,
    ILogger<TeamsCards> logger)
{
    /// <summary>How long an invoke may work before it answers "still working".</summary>
    public static readonly TimeSpan InvokeBudget = TimeSpan.FromSeconds(4);

    public const int QueueCapacity = 1000;

    private readonly Channel<CardRequestEvent> _requests = Channel.CreateBounded<CardRequestEvent>(new BoundedChannelOptions(QueueCapacity) { FullMode = BoundedChannelFullMode.DropOldest });

    private readonly ConcurrentDictionary<string, byte> _queued = new(StringComparer.Ordinal);

    /// <summary>Queues a typed request for <see cref="TeamsCardWorker"/>; a redelivery (same dedupe key) is queued once.</summary>
    public bool Enqueue(CardRequestEvent request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_queued.Count >= QueueCapacity * 10)
        {
            _queued.Clear();
        }

        return _queued.TryAdd(request.DedupeKey, 0) && _requests.Writer.TryWrite(request);
    }

    /// <summary>The queued requests, for the worker.</summary>
    public ChannelReader<CardRequestEvent> Requests => _requests.Reader;

    /// <summary>Answers a typed request: sends the settings card or the rule form privately.</summary>
    public async Task AnswerAsync(CardRequestEvent request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var command = request.Command;
        var where = command.Where with { ThreadId = null };
        if (views is null || access is null)
        {
            await sender.SendPrivateReplyAsync(new PrivateReply(command.Where, command.Caller.Id, CardText.Unavailable), cancellationToken).ConfigureAwait(false);
            return;
        }

        switch (request.Kind)
        {
            case CardRequest.Settings:
                var view = await views.BuildAsync(where, command.Caller.Id, cancellationToken: cancellationToken).ConfigureAwait(false);
                await sender.SendPrivateCardAsync(command.Where, command.Caller.Id, SettingsCard.Build(view), cancellationToken).ConfigureAwait(false);
                break;
            case CardRequest.RuleForm when await access.IsAdminAsync(where, command.Caller.Id, cancellationToken).ConfigureAwait(false):
                await sender.SendPrivateCardAsync(command.Where, command.Caller.Id, RuleFormCard.Build(new RuleFormValues(), [], where.ChannelId), cancellationToken).ConfigureAwait(false);
                break;
            default:
                await inbox.AcceptAsync(request.DedupeKey, command, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>Answers a card press with the card that replaces the pressed one (or a short message).</summary>
    public async Task<InvokeResponseBody> PressAsync(CardActionEvent press, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(press);
        if (actions is null || access is null || customRules is null)
        {
            return InvokeResponseBody.Message(200, CardText.Unavailable);
        }

        // The work is not cancelled with the request: a change half made is worse than one finished late.
        var work = RunAsync(press, actions, access, customRules);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var finished = await Task.WhenAny(work, Task.Delay(InvokeBudget, clock, budget.Token)).ConfigureAwait(false);
        await budget.CancelAsync().ConfigureAwait(false);
        if (finished != work)
        {
            TeamsLog.CardActionSlow(logger);
            _ = work.ContinueWith(t => TeamsLog.CardActionFailed(logger, t.Exception!.GetBaseException().GetType().Name), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            return InvokeResponseBody.Message(200, CardText.Slow);
        }

        try
        {
            return await work.ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            TeamsLog.CardActionFailed(logger, e.GetType().Name);
            return InvokeResponseBody.Message(200, CardText.Failed);
        }
    }

    private static async Task<InvokeResponseBody> RunAsync(CardActionEvent press, SettingsActions actions, AdminAccess access, CustomRuleService customRules)
    {
        await Task.Yield();
        var userId = press.User.Id;
        switch (press.Verb)
        {
            case CardVerbs.Settings:
                var command = StringOf(press.Data, CardVerbs.CommandKey) ?? "";
                var view = await actions.ApplyAsync(press.Where, userId, command, CancellationToken.None).ConfigureAwait(false);
                return InvokeResponseBody.Card(SettingsCard.Build(view));
            case CardVerbs.RuleForm or CardVerbs.RuleAdd when !await access.IsAdminAsync(press.Where, userId, CancellationToken.None).ConfigureAwait(false):
                return InvokeResponseBody.Message(200, CardText.AdminsOnly);
            case CardVerbs.RuleForm:
                return InvokeResponseBody.Card(RuleFormCard.Build(new RuleFormValues(), [], press.Where.ChannelId));
            default:
                return InvokeResponseBody.Card(await AddRuleAsync(press, customRules).ConfigureAwait(false));
        }
    }

    private static async Task<JsonObject> AddRuleAsync(CardActionEvent press, CustomRuleService customRules)
    {
        var values = RuleFormValues.From(press.Data);
        var (fields, problem) = values.ToFields();
        if (fields is null)
        {
            return RuleFormCard.Build(values, [problem!], press.Where.ChannelId);
        }

        var outcome = await customRules.AddAsync(press.Where.WorkspaceId, fields, press.User.Id, CancellationToken.None).ConfigureAwait(false);
        return outcome.Added
            ? RuleAddedCard.Build(outcome, press.Where.ChannelId)
            : RuleFormCard.Build(values, outcome.Problems, press.Where.ChannelId);
    }

    private static string? StringOf(JsonElement data, string key) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
