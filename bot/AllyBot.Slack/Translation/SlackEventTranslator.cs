using System.Text.Json;
using AllyBot.Core.Conversations;
using AllyBot.Slack.Home;
using AllyBot.Slack.Wire;

namespace AllyBot.Slack.Translation;

/// <summary>
/// Turns an <c>event_callback</c> into a decision (protocols.md §3.2): new messages (plain, <c>thread_broadcast</c>,
/// <c>me_message</c>, <c>file_share</c> with text) become <see cref="ChatMessage"/>s, edits (<c>message_changed</c>)
/// <see cref="ChatMessageEdit"/>s and deletes (<c>message_deleted</c>) <see cref="ChatMessageDeletion"/>s, so Core can
/// update or withdraw its nudge; bot messages, AllyBot's own, and the other subtypes are ignored; <c>app_mention</c> maps to the same
/// message (and dedupe key) as its <c>message</c> twin; a member's direct message to AllyBot (<c>channel_type</c>
/// <c>im</c>) becomes a <see cref="ChatCommand"/> (a typed dialog answer or a command); <c>app_uninstalled</c> and bot <c>tokens_revoked</c> delete
/// the installation; <c>app_home_opened</c> on the Home tab becomes a <see cref="SlackHomeActions.Opened"/> button (the
/// inbox worker publishes the member's settings view). Pure: no I/O, no clock.
/// </summary>
internal static class SlackEventTranslator
{
    /// <summary>The event types this translator acts on or deliberately acknowledges (the manifest subscribes to exactly these).</summary>
    public static readonly IReadOnlyList<string> SubscribedEventTypes = ["message", "app_mention", "app_uninstalled", "tokens_revoked", "member_joined_channel", "app_home_opened"];

    private const string DirectMessage = "im";

    private static readonly HashSet<string> NewMessageSubtypes = new(StringComparer.Ordinal) { "thread_broadcast", "me_message", "file_share" };

    public static SlackEventDecision Translate(SlackEventEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        if (envelope.Type != "event_callback" || envelope.Event is not { ValueKind: JsonValueKind.Object } raw)
        {
            return SlackEventDecision.Ignore($"envelope type {envelope.Type}");
        }

        var teamId = envelope.TeamId ?? (envelope.Authorizations is { Count: > 0 } authorizations ? authorizations[0].TeamId : null);
        if (string.IsNullOrEmpty(teamId))
        {
            return SlackEventDecision.Ignore("no team id");
        }

        var type = raw.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        switch (type)
        {
            case "app_uninstalled":
                return new SlackEventDecision(SlackEventAction.DeleteInstallation, "app_uninstalled", teamId);
            case "tokens_revoked":
                var revoked = raw.Deserialize<SlackTokensRevokedEvent>(SlackJson.Options);
                return revoked?.Tokens?.Bot is { Count: > 0 }
                    ? new SlackEventDecision(SlackEventAction.DeleteInstallation, "bot token revoked", teamId)
                    : SlackEventDecision.Ignore("only user tokens revoked", teamId);
            case "member_joined_channel":
                return SlackEventDecision.Ignore("member_joined_channel (no core event yet)", teamId);
            case "app_home_opened":
                return TranslateHomeOpened(envelope, teamId, raw.Deserialize<SlackAppHomeOpenedEvent>(SlackJson.Options)!);
            case "message":
            case "app_mention":
                return TranslateMessage(envelope, teamId, raw.Deserialize<SlackMessageEvent>(SlackJson.Options)!);
            default:
                return SlackEventDecision.Ignore($"event type {type}", teamId);
        }
    }

    private static SlackEventDecision TranslateHomeOpened(SlackEventEnvelope envelope, string teamId, SlackAppHomeOpenedEvent e)
    {
        if (e.Tab != "home")
        {
            return SlackEventDecision.Ignore($"app_home_opened on tab {e.Tab}", teamId);
        }

        if (string.IsNullOrEmpty(e.User) || string.IsNullOrEmpty(envelope.EventId))
        {
            return SlackEventDecision.Ignore("app_home_opened without user or event id", teamId);
        }

        var button = new ChatButton(SlackHomeAddress.For(teamId), new ChatUser(e.User), SlackHomeActions.Opened, "");
        return new SlackEventDecision(SlackEventAction.AcceptButton, "app_home_opened", teamId, SlackDedupeKeys.HomeOpened(teamId, envelope.EventId)) { Button = button };
    }

    private static SlackEventDecision TranslateMessage(SlackEventEnvelope envelope, string teamId, SlackMessageEvent e)
    {
        if (e.Subtype == "message_changed" && e.ChannelType == DirectMessage)
        {
            return SlackEventDecision.Ignore("edit in a direct message", teamId);
        }

        if (e.Subtype == "message_changed")
        {
            return TranslateEdit(envelope, teamId, e);
        }

        if (e.Subtype == "message_deleted")
        {
            return TranslateDeletion(teamId, e);
        }

        if (e.Subtype is not null && !NewMessageSubtypes.Contains(e.Subtype))
        {
            return SlackEventDecision.Ignore($"subtype {e.Subtype}", teamId);
        }

        if (IsFromBot(envelope, e) is { } botReason)
        {
            return SlackEventDecision.Ignore(botReason, teamId);
        }

        if (e.Channel is null || e.Ts is null || SlackTimestamp.ToTime(e.Ts) is not { } sentAt)
        {
            return SlackEventDecision.Ignore("message without channel or ts", teamId);
        }

        if (string.IsNullOrWhiteSpace(e.Text))
        {
            return SlackEventDecision.Ignore("message without text", teamId);
        }

        if (e.ChannelType == DirectMessage)
        {
            // A member writing to AllyBot: Core takes it as a typed dialog answer, or as an /ally command.
            var command = new ChatCommand(new ChatAddress(ChatPlatform.Slack, teamId, e.Channel), new ChatUser(e.User!), e.Text);
            return new SlackEventDecision(SlackEventAction.AcceptCommand, "direct message", teamId, SlackDedupeKeys.Message(teamId, e.Channel, e.Ts), Command: command);
        }

        var message = new ChatMessage(Address(teamId, e.Channel, e.ThreadTs, e.Ts), e.Ts, new ChatUser(e.User!), e.Text, sentAt);
        return new SlackEventDecision(SlackEventAction.AcceptMessage, e.Type ?? "message", teamId, SlackDedupeKeys.Message(teamId, e.Channel, e.Ts), message);
    }

    private static SlackEventDecision TranslateEdit(SlackEventEnvelope envelope, string teamId, SlackMessageEvent e)
    {
        var edited = e.Message;
        if (edited is null || e.Channel is null || edited.Ts is null || envelope.EventId is null || SlackTimestamp.ToTime(edited.Ts) is not { } sentAt)
        {
            return SlackEventDecision.Ignore("edit without message", teamId);
        }

        if (edited.Subtype is not null && !NewMessageSubtypes.Contains(edited.Subtype))
        {
            return SlackEventDecision.Ignore($"edit of subtype {edited.Subtype}", teamId);
        }

        if (IsFromBot(envelope, edited) is { } botReason)
        {
            return SlackEventDecision.Ignore(botReason, teamId);
        }

        if (string.IsNullOrWhiteSpace(edited.Text) || string.Equals(edited.Text, e.PreviousMessage?.Text, StringComparison.Ordinal))
        {
            return SlackEventDecision.Ignore("edit without new text (e.g. an unfurl)", teamId);
        }

        var message = new ChatMessage(Address(teamId, e.Channel, edited.ThreadTs, edited.Ts), edited.Ts, new ChatUser(edited.User!), edited.Text, sentAt);
        return new SlackEventDecision(SlackEventAction.AcceptEdit, "message_changed", teamId, SlackDedupeKeys.Edit(teamId, e.Channel, edited.Ts, envelope.EventId))
        {
            Edit = new ChatMessageEdit(message),
        };
    }

    private static SlackEventDecision TranslateDeletion(string teamId, SlackMessageEvent e)
    {
        var ts = e.DeletedTs ?? e.PreviousMessage?.Ts;
        if (e.Channel is null || string.IsNullOrEmpty(ts))
        {
            return SlackEventDecision.Ignore("delete without channel or ts", teamId);
        }

        if (e.ChannelType == DirectMessage)
        {
            return SlackEventDecision.Ignore("delete in a direct message", teamId);
        }

        var deletion = new ChatMessageDeletion(Address(teamId, e.Channel, e.PreviousMessage?.ThreadTs, ts), ts);
        return new SlackEventDecision(SlackEventAction.AcceptDeletion, "message_deleted", teamId, SlackDedupeKeys.Deletion(teamId, e.Channel, ts)) { Deletion = deletion };
    }

    private static string? IsFromBot(SlackEventEnvelope envelope, SlackMessageEvent e)
    {
        if (!string.IsNullOrEmpty(e.BotId) || e.Subtype == "bot_message")
        {
            return "bot message";
        }

        if (string.IsNullOrEmpty(e.User))
        {
            return "message without user";
        }

        return envelope.Authorizations?.Any(a => a.IsBot && a.UserId == e.User) == true ? "AllyBot's own message" : null;
    }

    private static ChatAddress Address(string teamId, string channel, string? threadTs, string ts) =>
        new(ChatPlatform.Slack, teamId, channel, threadTs is not null && threadTs != ts ? threadTs : null);
}
