using AllyBot.Core.Ports;
using AllyBot.Teams.Admin;
using AllyBot.Teams.Cards;
using AllyBot.Teams.Connector;
using AllyBot.Teams.Installations;
using AllyBot.Teams.Links;
using AllyBot.Teams.Sending;
using AllyBot.Teams.Wire;
using Microsoft.Extensions.Logging;

namespace AllyBot.Teams.Inbound;

/// <summary>
/// Handles one authenticated activity: translates it, keeps the tenant's conversation reference current, persists
/// the event in the inbox (dedupe key <c>teams:&lt;activity id&gt;</c>) and says what to answer. No rule runs here.
/// Exceptions: the settings card and rule form (<see cref="TeamsCards"/>): a typed request is queued for the card
/// worker, and a card press is answered in the invoke response with the refreshed card. Trusted activities also tell
/// <see cref="TeamsDirectory"/> the team and Entra ids Graph needs.
/// </summary>
internal sealed class ActivityProcessor(
    ActivityTranslator translator,
    IInboxWriter inbox,
    ConversationReferenceStore references,
    StoppedConversations stopped,
    ServiceUrlAllowList allowList,
    RecentMessageAuthors authors,
    TeamsDirectory directory,
    TeamsCards cards,
    ILogger<ActivityProcessor> logger)
{
    public const string ButtonAnswer = "Got it.";

    public async Task<ActivityOutcome> ProcessAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var translated = translator.Translate(activity);
        var trusted = allowList.IsAllowed(activity.ServiceUrl);
        if (!trusted && translated is not IgnoredEvent)
        {
            TeamsLog.InboundServiceUrlNotAllowed(logger, Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var uri) ? uri.IdnHost : "(invalid)");
        }

        if (trusted && translated is not IgnoredEvent)
        {
            directory.Remember(activity);
        }

        if (translated is MessageEvent or EditEvent or CommandEvent or ButtonEvent or CardRequestEvent or CardActionEvent && activity.Conversation?.Id is { } conversationId)
        {
            stopped.Resume(conversationId);
            if (trusted && ActivityTranslator.ReferenceOf(activity) is { } reference)
            {
                await references.RememberAsync(reference, cancellationToken).ConfigureAwait(false);
            }
        }

        switch (translated)
        {
            case MessageEvent message:
                authors.Remember(message.Message.Where, message.Message.MessageId, message.Message.Author);
                Accepted(await inbox.AcceptAsync(message.DedupeKey, message.Message, cancellationToken).ConfigureAwait(false));
                return ActivityOutcome.Ok;
            case EditEvent edit:
                Accepted(await inbox.AcceptAsync(edit.DedupeKey, edit.Edit, cancellationToken).ConfigureAwait(false));
                return ActivityOutcome.Ok;
            case DeletionEvent deletion:
                Accepted(await inbox.AcceptAsync(deletion.DedupeKey, deletion.Deletion, cancellationToken).ConfigureAwait(false));
                return ActivityOutcome.Ok;
            case CommandEvent command:
                Accepted(await inbox.AcceptAsync(command.DedupeKey, command.Command, cancellationToken).ConfigureAwait(false));
                return ActivityOutcome.Ok;
            case ButtonEvent button:
                Accepted(await inbox.AcceptAsync(button.DedupeKey, button.Button, cancellationToken).ConfigureAwait(false));
                return button.IsInvoke ? new ActivityOutcome(200, InvokeResponseBody.Message(200, ButtonAnswer)) : ActivityOutcome.Ok;
            case CardRequestEvent request:
                cards.Enqueue(request);
                return ActivityOutcome.Ok;
            case CardActionEvent press:
                return new ActivityOutcome(200, await cards.PressAsync(press, cancellationToken).ConfigureAwait(false));
            case InstallEvent install when trusted:
                stopped.Resume(install.Reference.ConversationId ?? "");
                await references.InstallAsync(install.Reference, cancellationToken).ConfigureAwait(false);
                return ActivityOutcome.Ok;
            case UninstallEvent uninstall:
                await references.UninstallAsync(uninstall.TenantId, cancellationToken).ConfigureAwait(false);
                return ActivityOutcome.Ok;
            case InvokeAnswerEvent answer:
                return new ActivityOutcome(answer.StatusCode, answer.Message is null ? null : InvokeResponseBody.Message(answer.StatusCode, answer.Message));
            default:
                TeamsLog.ActivityIgnored(logger, activity.Type ?? "", (translated as IgnoredEvent)?.Reason ?? "untrusted serviceUrl");
                return ActivityOutcome.Ok;
        }
    }

    private void Accepted(bool isNew)
    {
        if (!isNew)
        {
            TeamsLog.DuplicateActivity(logger);
        }
    }
}
