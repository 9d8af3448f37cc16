using System.Security.Cryptography;
using System.Text;
using AllyBot.Core.Conversations;
using AllyBot.Core.Settings;

namespace AllyBot.Core.Dialogs;

/// <summary>
/// A dialog's id is derived from what makes it unique, (workspace, channel, member, occurrence), so every instance
/// computes the same id for the same prompt and the store's insert-if-absent makes starting idempotent.
/// </summary>
public static class DialogIds
{
    /// <summary>The id of <paramref name="kind"/> for <paramref name="member"/> in <paramref name="channel"/> at occurrence <paramref name="occurrenceKey"/>: 32 hex characters.</summary>
    public static string For(DialogKind kind, ChatAddress channel, MemberKey member, string occurrenceKey)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(member);
        var input = Encoding.UTF8.GetBytes($"{kind}\n{channel.Platform}\n{channel.WorkspaceId}\n{channel.ChannelId}\n{member.Pseudonym}\n{occurrenceKey}");
        return Convert.ToHexStringLower(SHA256.HashData(input))[..32];
    }
}
