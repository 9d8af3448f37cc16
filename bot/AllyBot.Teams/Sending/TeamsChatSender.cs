using System.Collections.Concurrent;
using System.Net;
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

    public Task SendNudgeAsync(Nudge nudge, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nudge);
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Attachments = [new Attachment { ContentType = NudgeCard.ContentType, Content = NudgeCard.Build(nudge) }],
        };
        return SendPrivatelyAsync(nudge.Where, nudge.RecipientId, nudge.MessageId, activity, cancellationToken);
    }

    public Task SendPrivateReplyAsync(PrivateReply reply, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var activity = new Activity { Type = ActivityTypes.Message, Text = reply.Text, TextFormat = "markdown" };
        return SendPrivatelyAsync(reply.Where, reply.RecipientId, null, activity, cancellationToken);
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

    private async Task SendPrivatelyAsync(ChatAddress where, string recipientId, string? aboutMessageId, Activity activity, CancellationToken cancellationToken)
    {
        var reference = await ReferenceForAsync(where.WorkspaceId, cancellationToken).ConfigureAwait(false);
        if (reference is null)
        {
            TeamsLog.NoReference(logger, where.WorkspaceId);
            return;
        }

        try
        {
            if (ConversationIds.IsPersonal(where.ChannelId))
            {
                await SendAsync(reference, where.ChannelId, activity, recipientId, targeted: false, cancellationToken).ConfigureAwait(false);
                return;
            }

            if (options.Value.UseTargetedMessages && await TrySendTargetedAsync(reference, where, recipientId, aboutMessageId, activity, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            var chat = await OpenPersonalChatAsync(reference, recipientId, cancellationToken).ConfigureAwait(false);
            if (chat is not null)
            {
                await SendAsync(reference, chat, activity, recipientId, targeted: false, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (ServiceUrlNotAllowedException)
        {
            // Logged by the client; retrying cannot help.
        }
    }

    private async Task<bool> TrySendTargetedAsync(ConversationReference reference, ChatAddress where, string recipientId, string? aboutMessageId, Activity activity, CancellationToken cancellationToken)
    {
        var conversationId = ConversationIds.Compose(where.ChannelId, where.ThreadId);
        var targeted = activity with
        {
            Entities = aboutMessageId is null ? null : [new Entity { Type = "targetedMessageInfo", MessageId = aboutMessageId }],
        };
        try
        {
            return await SendAsync(reference, conversationId, targeted, recipientId, targeted: true, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorException e) when (!e.ConversationGone)
        {
            TeamsLog.TargetedFallback(logger, (int)e.Status, e.Code ?? "");
            return false;
        }
    }

    /// <summary>Sends unless the conversation is stopped; stops it when the Connector says the bot is gone. True when sent.</summary>
    private async Task<bool> SendAsync(ConversationReference reference, string conversationId, Activity activity, string? recipientId, bool targeted, CancellationToken cancellationToken)
    {
        if (stopped.IsStopped(conversationId))
        {
            TeamsLog.SkippedStopped(logger);
            return false;
        }

        var outbound = activity with
        {
            From = new ChannelAccount { Id = reference.BotId },
            Recipient = recipientId is null ? null : new ChannelAccount { Id = recipientId },
            Conversation = new ConversationAccount { Id = conversationId },
        };
        try
        {
            await connector.SendToConversationAsync(reference.ServiceUrl, conversationId, outbound, targeted, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (ConnectorException e) when (e.ConversationGone)
        {
            stopped.Stop(conversationId);
            TeamsLog.ConversationStopped(logger, (int)e.Status, e.Code ?? "");
            return false;
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
