using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Core.Replies;
using AllyBot.Teams.Connector;
using AllyBot.Teams.Inbound;
using AllyBot.Teams.Installations;
using AllyBot.Teams.Roster;
using AllyBot.Teams.Wire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AllyBot.Teams.Sending;

/// <summary>
/// Delivers Core's private replies and nudges on Teams. Private means: in the user's 1:1 chat with the bot (created
/// proactively when the reply is about a channel or group chat), or, with <c>Teams:UseTargetedMessages</c>, as a
/// targeted message in the channel, falling back to the 1:1 chat when that fails. Never posted for everyone to see.
/// Dialog prompts always go to the recipient's 1:1 chat as a <see cref="DialogCard"/>; channel posts are the only
/// public messages. Mention tokens are rendered with names from the <see cref="TeamsRosterProvider"/>.
/// </summary>
internal sealed class TeamsChatSender(
    ConnectorClient connector,
    ConversationReferenceStore references,
    StoppedConversations stopped,
    TeamsRosterProvider roster,
    IOptions<TeamsOptions> options,
    ILogger<TeamsChatSender> logger) : IPlatformDialogChatSender
{
    /// <summary>Where proactive messages go when nothing is stored for a tenant (protocols.md §1.1).</summary>
    public const string GlobalServiceUrl = "https://smba.trafficmanager.net/teams/";

    private readonly ConcurrentDictionary<(string Tenant, string User), string> _personalChats = new();

    public ChatPlatform Platform => ChatPlatform.Teams;

    public Task<NudgeReceipt?> SendNudgeAsync(Nudge nudge, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nudge);
        return SendPrivatelyAsync(nudge.Where, nudge.RecipientId, nudge.MessageId, NudgeActivity(nudge), cancellationToken);
    }

    public Task SendPrivateReplyAsync(PrivateReply reply, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var activity = new Activity { Type = ActivityTypes.Message, Text = reply.Text, TextFormat = "markdown" };
        return SendPrivatelyAsync(reply.Where, reply.RecipientId, null, activity, cancellationToken);
    }

    /// <summary>Sends an Adaptive Card (the settings card, the rule form) privately, like a private reply.</summary>
    public Task SendPrivateCardAsync(ChatAddress where, string recipientId, JsonObject card, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(where);
        ArgumentNullException.ThrowIfNull(card);
        var activity = new Activity { Type = ActivityTypes.Message, Attachments = [new Attachment { ContentType = NudgeCard.ContentType, Content = card }] };
        return SendPrivatelyAsync(where, recipientId, null, activity, cancellationToken);
    }

    /// <summary>Replaces the nudge's card in place: <c>PUT v3/conversations/{id}/activities/{activityId}</c>.</summary>
    public async Task<NudgeReceipt?> UpdateNudgeAsync(SentNudge sent, Nudge nudge, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sent);
        ArgumentNullException.ThrowIfNull(nudge);
        var receipt = sent.Receipt;
        if (await RevisableAsync(sent, cancellationToken).ConfigureAwait(false) is not { } reference)
        {
            return null;
        }

        var activity = NudgeActivity(nudge) with
        {
            Id = receipt.NudgeMessageId,
            From = new ChannelAccount { Id = reference.BotId },
            Recipient = new ChannelAccount { Id = nudge.RecipientId },
            Conversation = new ConversationAccount { Id = receipt.ConversationId },
        };
        return await ReviseAsync(
            receipt,
            () => connector.UpdateActivityAsync(reference.ServiceUrl, receipt.ConversationId, receipt.NudgeMessageId, activity, receipt.Targeted, cancellationToken),
            "update").ConfigureAwait(false) ? receipt : null;
    }

    /// <summary>Deletes the nudge: <c>DELETE v3/conversations/{id}/activities/{activityId}</c>. One already gone is fine.</summary>
    public async Task WithdrawNudgeAsync(SentNudge sent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sent);
        var receipt = sent.Receipt;
        if (await RevisableAsync(sent, cancellationToken).ConfigureAwait(false) is { } reference)
        {
            await ReviseAsync(
                receipt,
                () => connector.DeleteActivityAsync(reference.ServiceUrl, receipt.ConversationId, receipt.NudgeMessageId, receipt.Targeted, cancellationToken),
                "delete").ConfigureAwait(false);
        }
    }

    public async Task SendDialogPromptAsync(DialogPrompt prompt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var reference = await ReferenceForAsync(prompt.Where.WorkspaceId, cancellationToken).ConfigureAwait(false);
        if (reference is null)
        {
            TeamsLog.NoReference(logger, prompt.Where.WorkspaceId);
            return;
        }

        var names = await roster.NamesAsync(prompt.Where, cancellationToken).ConfigureAwait(false);
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Attachments = [new Attachment { ContentType = NudgeCard.ContentType, Content = DialogCard.Build(prompt, names) }],
        };
        try
        {
            var chat = await OpenPersonalChatAsync(reference, prompt.RecipientId, cancellationToken).ConfigureAwait(false);
            if (chat is not null)
            {
                await SendAsync(reference, chat, activity, prompt.RecipientId, targeted: false, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (ServiceUrlNotAllowedException)
        {
            // Logged by the client; retrying cannot help.
        }
    }

    public async Task PostToChannelAsync(ChannelPost post, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(post);
        var reference = await ReferenceForAsync(post.Where.WorkspaceId, cancellationToken).ConfigureAwait(false);
        if (reference is null)
        {
            TeamsLog.NoReference(logger, post.Where.WorkspaceId);
            return;
        }

        var thread = ConversationIds.HasThreads(post.Where.ChannelId) ? post.Where.ThreadId : null;
        var names = await roster.NamesAsync(post.Where with { ThreadId = null }, cancellationToken).ConfigureAwait(false);
        var (text, mentions) = TeamsMentions.Render(post.Text, names);
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            TextFormat = "markdown",
            Entities = mentions.Count > 0 ? mentions : null,
            ReplyToId = thread,
        };
        try
        {
            // Posting to "<channel>;messageid=<root>" replies in that thread, as the reference SDK's replies do.
            await SendAsync(reference, ConversationIds.Compose(post.Where.ChannelId, thread), activity, null, targeted: false, cancellationToken).ConfigureAwait(false);
        }
        catch (ServiceUrlNotAllowedException)
        {
            // Logged by the client; retrying cannot help.
        }
    }

    private static Activity NudgeActivity(Nudge nudge) => new()
    {
        Type = ActivityTypes.Message,
        Attachments = [new Attachment { ContentType = NudgeCard.ContentType, Content = NudgeCard.Build(nudge) }],
    };

    /// <summary>The reference to revise a sent nudge with, or null when it cannot be (no reference, or the chat is stopped).</summary>
    private async Task<ConversationReference?> RevisableAsync(SentNudge sent, CancellationToken cancellationToken)
    {
        var reference = await ReferenceForAsync(sent.Where.WorkspaceId, cancellationToken).ConfigureAwait(false);
        if (reference is null)
        {
            TeamsLog.NoReference(logger, sent.Where.WorkspaceId);
            return null;
        }

        if (stopped.IsStopped(sent.Receipt.ConversationId))
        {
            TeamsLog.SkippedStopped(logger);
            return null;
        }

        return reference;
    }

    /// <summary>Runs an update or delete of a sent nudge; true when the Connector accepted it.</summary>
    private async Task<bool> ReviseAsync(NudgeReceipt receipt, Func<Task> call, string operation)
    {
        try
        {
            await call().ConfigureAwait(false);
            return true;
        }
        catch (ServiceUrlNotAllowedException)
        {
            // Logged by the client; retrying cannot help.
            return false;
        }
        catch (ConnectorException e) when (e.ConversationGone)
        {
            stopped.Stop(receipt.ConversationId);
            TeamsLog.ConversationStopped(logger, (int)e.Status, e.Code ?? "");
            return false;
        }
        catch (ConnectorException e) when (e.Status is HttpStatusCode.NotFound or HttpStatusCode.Forbidden or HttpStatusCode.BadRequest)
        {
            // The nudge is already gone (the member deleted the chat message) or no longer ours to change.
            TeamsLog.NudgeNotRevised(logger, operation, (int)e.Status, e.Code ?? "");
            return false;
        }
    }

    private async Task<NudgeReceipt?> SendPrivatelyAsync(ChatAddress where, string recipientId, string? aboutMessageId, Activity activity, CancellationToken cancellationToken)
    {
        var reference = await ReferenceForAsync(where.WorkspaceId, cancellationToken).ConfigureAwait(false);
        if (reference is null)
        {
            TeamsLog.NoReference(logger, where.WorkspaceId);
            return null;
        }

        try
        {
            if (ConversationIds.IsPersonal(where.ChannelId))
            {
                return Receipt(where.ChannelId, await SendAsync(reference, where.ChannelId, activity, recipientId, targeted: false, cancellationToken).ConfigureAwait(false), targeted: false);
            }

            if (options.Value.UseTargetedMessages && await TrySendTargetedAsync(reference, where, recipientId, aboutMessageId, activity, cancellationToken).ConfigureAwait(false) is { Sent: true } targeted)
            {
                return targeted.Receipt;
            }

            var chat = await OpenPersonalChatAsync(reference, recipientId, cancellationToken).ConfigureAwait(false);
            return chat is null ? null : Receipt(chat, await SendAsync(reference, chat, activity, recipientId, targeted: false, cancellationToken).ConfigureAwait(false), targeted: false);
        }
        catch (ServiceUrlNotAllowedException)
        {
            // Logged by the client; retrying cannot help.
            return null;
        }
    }

    private static NudgeReceipt? Receipt(string conversationId, string? activityId, bool targeted) =>
        activityId is { Length: > 0 } ? new NudgeReceipt(conversationId, activityId, targeted) : null;

    /// <summary>Sends a targeted message; not sent when Teams refused it (the caller falls back to the 1:1 chat).</summary>
    private async Task<(bool Sent, NudgeReceipt? Receipt)> TrySendTargetedAsync(ConversationReference reference, ChatAddress where, string recipientId, string? aboutMessageId, Activity activity, CancellationToken cancellationToken)
    {
        var conversationId = ConversationIds.Compose(where.ChannelId, where.ThreadId);
        var targeted = activity with
        {
            Entities = aboutMessageId is null ? null : [new Entity { Type = "targetedMessageInfo", MessageId = aboutMessageId }],
        };
        try
        {
            var id = await SendAsync(reference, conversationId, targeted, recipientId, targeted: true, cancellationToken).ConfigureAwait(false);
            return (id is not null, Receipt(conversationId, id, targeted: true));
        }
        catch (ConnectorException e) when (!e.ConversationGone)
        {
            TeamsLog.TargetedFallback(logger, (int)e.Status, e.Code ?? "");
            return (false, null);
        }
    }

    /// <summary>
    /// Sends unless the conversation is stopped; stops it when the Connector says the bot is gone. The new activity's
    /// id when sent ("" when the Connector named none), null when not sent.
    /// </summary>
    private async Task<string?> SendAsync(ConversationReference reference, string conversationId, Activity activity, string? recipientId, bool targeted, CancellationToken cancellationToken)
    {
        if (stopped.IsStopped(conversationId))
        {
            TeamsLog.SkippedStopped(logger);
            return null;
        }

        var outbound = activity with
        {
            From = new ChannelAccount { Id = reference.BotId },
            Recipient = recipientId is null ? null : new ChannelAccount { Id = recipientId },
            Conversation = new ConversationAccount { Id = conversationId },
        };
        try
        {
            var sent = await connector.SendToConversationAsync(reference.ServiceUrl, conversationId, outbound, targeted, cancellationToken).ConfigureAwait(false);
            return sent.Id ?? "";
        }
        catch (ConnectorException e) when (e.ConversationGone)
        {
            stopped.Stop(conversationId);
            TeamsLog.ConversationStopped(logger, (int)e.Status, e.Code ?? "");
            return null;
        }
    }

    private async Task<string?> OpenPersonalChatAsync(ConversationReference reference, string userId, CancellationToken cancellationToken)
    {
        if (_personalChats.TryGetValue((reference.TenantId, userId), out var known))
        {
            return known;
        }

        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = reference.BotId },
            Members = [new ChannelAccount { Id = userId }],
            TenantId = reference.TenantId,
            ChannelData = new TeamsChannelData { Tenant = new TeamsRef { Id = reference.TenantId } },
        };
        try
        {
            var created = await connector.CreateConversationAsync(reference.ServiceUrl, parameters, cancellationToken).ConfigureAwait(false);
            if (created.Id is not { Length: > 0 } id)
            {
                return null;
            }

            _personalChats[(reference.TenantId, userId)] = id;
            return id;
        }
        catch (ConnectorException e) when (e.Status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            // Typically: the app is not installed for this user, they blocked it, or an admin disabled it. Nothing to retry.
            TeamsLog.PersonalChatUnavailable(logger, (int)e.Status, e.Code ?? "");
            return null;
        }
    }

    private async Task<ConversationReference?> ReferenceForAsync(string tenantId, CancellationToken cancellationToken)
    {
        if (await references.GetAsync(tenantId, cancellationToken).ConfigureAwait(false) is { } stored)
        {
            return stored;
        }

        var settings = options.Value;
        return settings.AuthenticationEnabled ? new ConversationReference(GlobalServiceUrl, settings.BotId, tenantId) : null;
    }
}
