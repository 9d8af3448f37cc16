using System.Globalization;
using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Core.Replies;

namespace AllyBot.Core.Nudging;

/// <summary>
/// The optional one-click "why" after "Not helpful here": a private message with four buttons (wrong meaning, a
/// name, quoting someone, something else). The answer is stored on the press it explains, never with the message
/// or the person. Its buttons are dialog actions, so every edge renders and returns them as it does dialog buttons.
/// </summary>
public sealed class NotHelpfulReasons(IDialogChatSender sender, IFeedbackLog feedback)
{
    /// <summary>The action id of every reason button (value: <c>feedback:&lt;ids&gt; &lt;reason&gt;</c>).</summary>
    public const string ActionId = DialogActions.Prefix + "feedback-reason";

    /// <summary>The word meaning "the tip misread the word".</summary>
    public const string WrongMeaning = "wrong-meaning";

    /// <summary>The word meaning "it was a name (a person, product or place)".</summary>
    public const string ProperName = "proper-name";

    /// <summary>The word meaning "I was quoting someone".</summary>
    public const string Quoting = "quoting";

    /// <summary>The word for anything else.</summary>
    public const string Other = "other";

    private const string ValuePrefix = "feedback:";

    /// <summary>Every reason, in button order.</summary>
    public static IReadOnlyList<string> All { get; } = [WrongMeaning, ProperName, Quoting, Other];

    /// <summary>Asks <paramref name="userId"/> why, for the presses <paramref name="feedbackIds"/>.</summary>
    public Task AskAsync(ChatAddress where, string userId, IReadOnlyList<long> feedbackIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feedbackIds);
        var value = ValuePrefix + string.Join(',', feedbackIds.Select(id => id.ToString(CultureInfo.InvariantCulture)));
        DialogChoice Choice(string label, string reason) => new(label, ActionId, $"{value} {reason}");
        var prompt = new DialogPrompt(
            where,
            userId,
            "Thanks for telling us. If you have a second: why didn't that tip fit? (Optional. We keep only the reason, never your message or your name.)",
            null,
            [Choice("Wrong meaning here", WrongMeaning), Choice("It's a name", ProperName), Choice("I was quoting someone", Quoting), Choice("Something else", Other)]);
        return sender.SendDialogPromptAsync(prompt, cancellationToken);
    }

    /// <summary>Records a reason button; returns false (doing nothing) for any other button.</summary>
    public async Task<bool> HandleButtonAsync(ChatButton button, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(button);
        if (button.ActionId != ActionId)
        {
            return false;
        }

        var answer = "That button is no longer valid.";
        if (TryParse(button.Value, out var ids, out var reason))
        {
            var added = await feedback.RecordReasonAsync(button.Where.WorkspaceId, ids, reason, cancellationToken).ConfigureAwait(false);
            answer = added > 0 ? "Thanks, that helps us tune this tip." : "Thanks, we have your answer already.";
        }

        await sender.SendPrivateReplyAsync(new PrivateReply(button.Where, button.User.Id, answer), cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static bool TryParse(string value, out IReadOnlyList<long> ids, out string reason)
    {
        ids = [];
        reason = "";
        var parts = value.Split(' ');
        if (parts.Length != 2 || !parts[0].StartsWith(ValuePrefix, StringComparison.Ordinal) || !All.Contains(parts[1]))
        {
            return false;
        }

        var parsed = new List<long>();
        foreach (var id in parts[0][ValuePrefix.Length..].Split(',').Take(10))
        {
            if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var feedbackId))
            {
                return false;
            }

            parsed.Add(feedbackId);
        }

        (ids, reason) = (parsed, parts[1]);
        return parsed.Count > 0;
    }
}
