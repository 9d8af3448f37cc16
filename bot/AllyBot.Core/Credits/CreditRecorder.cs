using System.Text;
using AllyBot.Core.Conversations;
using AllyBot.Core.Language;
using AllyBot.Core.Ports;
using AllyBot.Core.Privacy;
using AllyBot.Core.Replies;

namespace AllyBot.Core.Credits;

/// <summary>
/// Records credits and tells the people credited: one DM each (and one to their manager when the giver chose that),
/// except to members who turned scheduled prompts and credit DMs off. Used by the credit dialog and <c>/ally credit</c>.
/// With a <paramref name="redactor"/>, the stored text has personal data redacted where the workspace asked for it;
/// the DMs sent right away carry the giver's words as written (they are not stored by AllyBot).
/// </summary>
public sealed class CreditRecorder(
    ICreditStore store, IRosterProvider roster, IMemberSettingsStore members, IDialogChatSender sender, MemberPseudonymizer pseudonymizer, PiiRedactor? redactor = null)
{
    /// <summary>One credit per receiver, all with origin <paramref name="originId"/>.</summary>
    public IReadOnlyList<Credit> Create(
        string originId, ChatAddress channel, string giverId, IReadOnlyList<string> receiverIds, string contribution, CreditAudience audience,
        CreditSource source, DateTimeOffset now, string? messageLink = null)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(receiverIds);
        var where = channel with { ThreadId = null };
        var giver = pseudonymizer.KeyFor(where, giverId);
        return receiverIds.Distinct(StringComparer.Ordinal).Select(receiverId =>
        {
            var receiver = pseudonymizer.KeyFor(where, receiverId);
            return new Credit(Credit.IdFor(originId, receiver), originId, where, giver, giverId, receiver, receiverId, contribution.Trim(), audience, source, messageLink, now);
        }).ToList();
    }

    /// <summary>Stores the credits (idempotent per credit id).</summary>
    public async Task StoreAsync(IReadOnlyList<Credit> credits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(credits);
        foreach (var credit in await RedactedAsync(credits, cancellationToken).ConfigureAwait(false))
        {
            await store.AddAsync(credit, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The credits as they may be stored: contributions through the redactor, one call per workspace.</summary>
    private async Task<IReadOnlyList<Credit>> RedactedAsync(IReadOnlyList<Credit> credits, CancellationToken cancellationToken)
    {
        if (redactor is null || credits.Count == 0)
        {
            return credits;
        }

        var result = new List<Credit>(credits.Count);
        foreach (var workspace in credits.GroupBy(c => c.Channel.WorkspaceId, StringComparer.Ordinal))
        {
            var texts = await redactor.RedactAsync(workspace.Key, [.. workspace.Select(c => c.Contribution)], cancellationToken).ConfigureAwait(false);
            result.AddRange(workspace.Select((credit, i) => credit with { Contribution = texts[i] }));
        }

        return result;
    }

    /// <summary>DMs the people credited (and managers); returns a sentence for the giver saying who was told.</summary>
    public async Task<string> DeliverAsync(IReadOnlyList<Credit> credits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(credits);
        if (credits.Count == 0)
        {
            return "";
        }

        List<string> told = [], optedOut = [], noManager = [];
        foreach (var credit in credits)
        {
            if ((await members.GetAsync(credit.Receiver, cancellationToken).ConfigureAwait(false)).PromptsOff)
            {
                optedOut.Add(credit.ReceiverId);
            }
            else
            {
                await sender.SendDialogPromptAsync(DialogPrompt.Message(credit.Channel, credit.ReceiverId, ToReceiver(credit)), cancellationToken).ConfigureAwait(false);
                told.Add(credit.ReceiverId);
            }

            if (credit.Audience == CreditAudience.RecipientAndManager && !await TellManagerAsync(credit, cancellationToken).ConfigureAwait(false))
            {
                noManager.Add(credit.ReceiverId);
            }
        }

        return ToGiver(credits[0], told, optedOut, noManager);
    }

    /// <summary>DMs the receiver's manager unless they opted out (or gave the credit themselves); false when no manager is known.</summary>
    private async Task<bool> TellManagerAsync(Credit credit, CancellationToken cancellationToken)
    {
        var managerId = await roster.FindManagerAsync(credit.Channel, credit.ReceiverId, cancellationToken).ConfigureAwait(false);
        if (managerId is null)
        {
            return false;
        }

        var optedOut = (await members.GetAsync(pseudonymizer.KeyFor(credit.Channel, managerId), cancellationToken).ConfigureAwait(false)).PromptsOff;
        if (managerId != credit.GiverId && !optedOut)
        {
            var text = $"🙌 {ChatMentions.Member(credit.GiverId)} credited {ChatMentions.Member(credit.ReceiverId)}, who reports to you, for their work in {ChatMentions.Channel(credit.Channel.ChannelId)}: \"{credit.Contribution}\"";
            await sender.SendDialogPromptAsync(DialogPrompt.Message(credit.Channel, managerId, text), cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    private static string ToReceiver(Credit credit)
    {
        var note = credit.Audience switch
        {
            CreditAudience.Channel => $" It will be in Friday's \"This week's credits\" post in {ChatMentions.Channel(credit.Channel.ChannelId)}.",
            CreditAudience.RecipientAndManager => " They shared it with your manager too.",
            _ => " They shared it with you only.",
        };
        return $"🙌 {ChatMentions.Member(credit.GiverId)} credited you for your work in {ChatMentions.Channel(credit.Channel.ChannelId)}: \"{credit.Contribution}\"{note}";
    }

    private static string ToGiver(Credit first, List<string> told, List<string> optedOut, List<string> noManager)
    {
        var text = new StringBuilder("Thank you!");
        if (told.Count > 0)
        {
            text.Append(" I've let ").Append(ChatMentions.Members(told)).Append(" know");
            text.Append(first.Audience switch
            {
                CreditAudience.Channel => $", and it will be in Friday's \"This week's credits\" post in {ChatMentions.Channel(first.Channel.ChannelId)}.",
                CreditAudience.RecipientAndManager => noManager.Count < told.Count ? ", and their manager." : ".",
                _ => ", and no one else.",
            });
        }
        else if (first.Audience == CreditAudience.Channel)
        {
            text.Append(" It will be in Friday's \"This week's credits\" post in ").Append(ChatMentions.Channel(first.Channel.ChannelId)).Append('.');
        }

        if (optedOut.Count > 0)
        {
            text.Append(' ').Append(ChatMentions.Members(optedOut)).Append(optedOut.Count == 1 ? " has" : " have")
                .Append(" turned off AllyBot's DMs, so I didn't message them.");
            if (first.Audience != CreditAudience.Channel)
            {
                text.Append(" Credit them in the channel so they see it.");
            }
        }

        if (noManager.Count > 0)
        {
            text.Append(" I couldn't find a manager for ").Append(ChatMentions.Members(noManager)).Append(", so no manager was told.");
        }

        return text.ToString();
    }
}
