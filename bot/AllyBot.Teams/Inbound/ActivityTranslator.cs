using System.Globalization;
using System.Text.Json;
using AllyBot.Core.Conversations;
using AllyBot.Core.Nudging;
using AllyBot.Core.Replies;
using AllyBot.Teams.Cards;
using AllyBot.Teams.Installations;
using AllyBot.Teams.Sending;
using AllyBot.Teams.Wire;

namespace AllyBot.Teams.Inbound;

/// <summary>
/// Pure translation of one activity into a <see cref="TeamsEvent"/> (no I/O). Teams addresses map to
/// <see cref="ChatAddress"/> as WorkspaceId = tenant id, ChannelId = conversation id without the reply chain,
/// ThreadId = reply chain root.
/// </summary>
internal sealed class ActivityTranslator(TimeProvider clock)
{
    public const string AdaptiveCardAction = "adaptiveCard/action";

    public const string StaleButtonAnswer = "That button is no longer valid.";

    private static readonly string[] ButtonActions = [NudgeActions.Thanks, NudgeActions.NotHelpful, NudgeActions.Snooze];

    public TeamsEvent Translate(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Type switch
        {
            ActivityTypes.Message when IsSubmit(activity) => TranslateSubmit(activity),
            ActivityTypes.Message => TranslateMessage(activity, edited: false),
            ActivityTypes.MessageUpdate => TranslateMessage(activity, edited: true),
            ActivityTypes.MessageDelete => TranslateDelete(activity),
            ActivityTypes.ConversationUpdate => TranslateConversationUpdate(activity),
            ActivityTypes.InstallationUpdate => TranslateInstallationUpdate(activity),
            ActivityTypes.Invoke when activity.Name == AdaptiveCardAction => TranslateExecute(activity),
            ActivityTypes.Invoke => new InvokeAnswerEvent(501, null),
            _ => new IgnoredEvent("type"),
        };
    }

    /// <summary>The tenant of an activity: <c>channelData.tenant.id</c>, else <c>conversation.tenantId</c>.</summary>
    public static string? TenantOf(Activity activity) =>
        NonEmpty(activity?.ChannelData?.Tenant?.Id) ?? NonEmpty(activity?.Conversation?.TenantId);

    /// <summary>The reference to remember for the activity's tenant, or null when the activity lacks what it needs.</summary>
    public static ConversationReference? ReferenceOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var tenant = TenantOf(activity);
        var serviceUrl = NonEmpty(activity.ServiceUrl);
        var botId = NonEmpty(activity.Recipient?.Id);
        return tenant is null || serviceUrl is null || botId is null
            ? null
            : new ConversationReference(serviceUrl, botId, tenant, NonEmpty(activity.Conversation?.Id), NonEmpty(activity.ChannelData?.Team?.Id), NonEmpty(activity.ChannelData?.Channel?.Id));
    }

    private TeamsEvent TranslateMessage(Activity activity, bool edited)
    {
        if (Context(activity) is not { } context)
        {
            return new IgnoredEvent("incomplete");
        }

        if (context.User.IsBot)
        {
            return new IgnoredEvent("bot");
        }

        var botId = activity.Recipient?.Id;
        var text = MessageText.Clean(activity.Text, activity.Entities, botId);
        var personal = string.Equals(activity.Conversation?.ConversationType, "personal", StringComparison.Ordinal)
                       || ConversationIds.IsPersonal(activity.Conversation!.Id!);
        var addressed = personal || MessageText.MentionsBot(activity.Entities, botId);
        var key = edited ? $"teams:{activity.Id}:edit:{activity.Timestamp}" : $"teams:{activity.Id}";

        var commandText = addressed && !edited ? MessageText.CleanCommand(activity.Text, activity.Entities, botId) : "";
        if (!edited && addressed && CommandWords.TryParse(commandText, out var command))
        {
            return CommandOf(key, new ChatCommand(context.Where, context.User, command));
        }

        if (!edited && personal)
        {
            // A 1:1 message that is no command: Core takes it as a typed dialog answer, or answers with help.
            return CommandOf(key, new ChatCommand(context.Where, context.User, commandText.Length > 0 ? commandText : "help"));
        }

        if (personal)
        {
            return new IgnoredEvent("personal edit");
        }

        var message = new ChatMessage(context.Where, activity.Id!, context.User, text, SentAt(activity));
        if (edited)
        {
            // An edit that empties the text still counts: the nudge about it no longer applies.
            return new EditEvent(key, new ChatMessageEdit(message));
        }

        return text.Length == 0 ? new IgnoredEvent("empty") : new MessageEvent(key, message);
    }

    /// <summary>A command, or a <see cref="CardRequestEvent"/> when it asks for the settings card or the rule form.</summary>
    private static TeamsEvent CommandOf(string key, ChatCommand command)
    {
        var words = string.Join(' ', command.Text.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        return words switch
        {
            "settings" => new CardRequestEvent(key, command, CardRequest.Settings),
            "admin rule add" => new CardRequestEvent(key, command, CardRequest.RuleForm),
            _ => new CommandEvent(key, command),
        };
    }

    /// <summary>A <c>messageDelete</c>: its <c>id</c> is the deleted message's; no author is needed to withdraw a nudge.</summary>
    private static TeamsEvent TranslateDelete(Activity activity)
    {
        if (Where(activity) is not { } where)
        {
            return new IgnoredEvent("incomplete");
        }

        return ConversationIds.IsPersonal(where.ChannelId)
            ? new IgnoredEvent("personal delete")
            : new DeletionEvent($"teams:{activity.Id}:delete", new ChatMessageDeletion(where, activity.Id!));
    }

    private static TeamsEvent TranslateSubmit(Activity activity)
    {
        var value = activity.Value!.Value;
        var action = StringOf(value, "action") ?? StringOf(value, "verb");
        return (TeamsEvent?)ButtonOf(activity, action, value, isInvoke: false) ?? new IgnoredEvent("unknown submit");
    }

    private static TeamsEvent TranslateExecute(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object)
        {
            return new InvokeAnswerEvent(400, null);
        }

        var data = action.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : default;
        if (CardVerbs.IsCardVerb(StringOf(action, "verb")))
        {
            return CardActionOf(activity, StringOf(action, "verb")!, data);
        }

        return (TeamsEvent?)ButtonOf(activity, StringOf(action, "verb"), data, isInvoke: true) ?? new InvokeAnswerEvent(200, StaleButtonAnswer);
    }

    /// <summary>
    /// A settings or rule-form press. The card may sit in the 1:1 chat while it is about a channel: its data's
    /// <c>channel</c> names that channel (within the activity's own tenant), as typing the command there would.
    /// </summary>
    private static TeamsEvent CardActionOf(Activity activity, string verb, JsonElement data)
    {
        if (Context(activity) is not { } context)
        {
            return new InvokeAnswerEvent(400, null);
        }

        var where = StringOf(data, CardVerbs.ChannelKey) is { } channel && (channel.StartsWith("19:", StringComparison.Ordinal) || channel.StartsWith("a:", StringComparison.Ordinal)) && channel.Length <= 512
            ? new ChatAddress(ChatPlatform.Teams, context.Where.WorkspaceId, ConversationIds.Split(channel).Channel)
            : context.Where with { ThreadId = null };
        return new CardActionEvent(where, context.User, verb, data.ValueKind == JsonValueKind.Object ? data.Clone() : default);
    }

    private static ButtonEvent? ButtonOf(Activity activity, string? action, JsonElement data, bool isInvoke)
    {
        if (action is null || Context(activity) is not { } context)
        {
            return null;
        }

        if (DialogActions.IsDialogAction(action))
        {
            return new ButtonEvent($"teams:{activity.Id}", new ChatButton(context.Where, context.User, action, DialogValueOf(data)), isInvoke);
        }

        if (!ButtonActions.Contains(action, StringComparer.Ordinal))
        {
            return null;
        }

        var ruleIds = data.ValueKind == JsonValueKind.Object && data.TryGetProperty("ruleIds", out var ids)
            ? ids.ValueKind switch
            {
                JsonValueKind.Array => string.Join(NudgeButtons.RuleSeparator, ids.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.String).Select(i => i.GetString())),
                JsonValueKind.String => ids.GetString() ?? "",
                _ => "",
            }
            : "";
        return new ButtonEvent($"teams:{activity.Id}", new ChatButton(context.Where, context.User, action, ruleIds), isInvoke);
    }

    /// <summary>
    /// A dialog button's value: <c>data.value</c>, and for an input's button (<c>data.input</c> names it) a space and
    /// the answer: the picked user ids (the card sends them comma-separated) separated by spaces, or the text.
    /// </summary>
    private static string DialogValueOf(JsonElement data)
    {
        var value = StringOf(data, "value") ?? "";
        var answer = StringOf(data, "input") switch
        {
            DialogCard.PickInputId => string.Join(' ', (StringOf(data, DialogCard.PickInputId) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
            DialogCard.TextInputId => (StringOf(data, DialogCard.TextInputId) ?? "").Trim(),
            _ => null,
        };
        return answer is null ? value : value + " " + answer;
    }

    private static TeamsEvent TranslateConversationUpdate(Activity activity)
    {
        var botId = activity.Recipient?.Id;
        if (botId is not null && activity.MembersAdded?.Any(m => m.Id == botId) == true && ReferenceOf(activity) is { } reference)
        {
            return new InstallEvent(reference);
        }

        if (botId is not null && activity.MembersRemoved?.Any(m => m.Id == botId) == true && TenantOf(activity) is { } tenant)
        {
            return new UninstallEvent(tenant, activity.Conversation?.Id ?? "");
        }

        return new IgnoredEvent("conversationUpdate");
    }

    private static TeamsEvent TranslateInstallationUpdate(Activity activity)
    {
        var action = activity.Action ?? "";
        if (action.StartsWith("add", StringComparison.OrdinalIgnoreCase) && ReferenceOf(activity) is { } reference)
        {
            return new InstallEvent(reference);
        }

        if (action.StartsWith("remove", StringComparison.OrdinalIgnoreCase) && TenantOf(activity) is { } tenant)
        {
            return new UninstallEvent(tenant, activity.Conversation?.Id ?? "");
        }

        return new IgnoredEvent("installationUpdate");
    }

    private static (ChatAddress Where, ChatUser User)? Context(Activity activity)
    {
        var userId = NonEmpty(activity.From?.Id);
        if (userId is null || Where(activity) is not { } where)
        {
            return null;
        }

        var isBot = string.Equals(activity.From?.Role, "bot", StringComparison.OrdinalIgnoreCase)
                    || userId.StartsWith("28:", StringComparison.Ordinal)
                    || string.Equals(userId, activity.Recipient?.Id, StringComparison.Ordinal);
        return (where, new ChatUser(userId, isBot));
    }

    private static ChatAddress? Where(Activity activity)
    {
        var tenant = TenantOf(activity);
        var conversationId = NonEmpty(activity.Conversation?.Id);
        if (tenant is null || conversationId is null || NonEmpty(activity.Id) is null)
        {
            return null;
        }

        var (channel, thread) = ConversationIds.Split(conversationId);
        if (thread is null && string.Equals(activity.Conversation?.ConversationType, "channel", StringComparison.Ordinal))
        {
            thread = NonEmpty(activity.ReplyToId) ?? activity.Id;
        }

        return new ChatAddress(ChatPlatform.Teams, tenant, channel, thread);
    }

    private DateTimeOffset SentAt(Activity activity) =>
        DateTimeOffset.TryParse(activity.Timestamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? at
            : clock.GetUtcNow();

    private static bool IsSubmit(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } && string.IsNullOrWhiteSpace(activity.Text);

    private static string? StringOf(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
