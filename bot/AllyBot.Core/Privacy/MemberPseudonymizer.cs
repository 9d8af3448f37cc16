using System.Security.Cryptography;
using System.Text;
using AllyBot.Core.Conversations;
using AllyBot.Core.Settings;

namespace AllyBot.Core.Privacy;

/// <summary>
/// Turns a platform user id into a stable pseudonym: HMAC-SHA256 under a per-deployment secret, so storage never
/// holds a user id, and destroying the secret unlinks every stored row from every person.
/// </summary>
public sealed class MemberPseudonymizer
{
    private readonly byte[] _secret;

    /// <param name="secret">At least 32 bytes of secret key material.</param>
    public MemberPseudonymizer(byte[] secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (secret.Length < 32)
        {
            throw new ArgumentException("The pseudonym secret must be at least 32 bytes.", nameof(secret));
        }

        _secret = [.. secret];
    }

    /// <summary>The member key for <paramref name="userId"/> in the workspace of <paramref name="where"/>.</summary>
    public MemberKey KeyFor(ChatAddress where, string userId)
    {
        ArgumentNullException.ThrowIfNull(where);
        var input = Encoding.UTF8.GetBytes($"{where.Platform}\n{where.WorkspaceId}\n{userId}");
        var pseudonym = Convert.ToHexStringLower(HMACSHA256.HashData(_secret, input));
        return new MemberKey(where.WorkspaceId, pseudonym);
    }

    /// <summary>
    /// A stable reference to one message that holds neither its id nor its text (HMAC-SHA256 under the same secret,
    /// first 128 bits), for records that must recognise a retry of the same message.
    /// </summary>
    public string MessageRefFor(ChatAddress where, string messageId)
    {
        ArgumentNullException.ThrowIfNull(where);
        ArgumentNullException.ThrowIfNull(messageId);
        var input = Encoding.UTF8.GetBytes($"message\n{where.Platform}\n{where.WorkspaceId}\n{where.ChannelId}\n{messageId}");
        return Convert.ToHexStringLower(HMACSHA256.HashData(_secret, input).AsSpan(0, 16));
    }
}
