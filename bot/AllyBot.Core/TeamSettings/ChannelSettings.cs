using AllyBot.Core.Conversations;
using AllyBot.Core.Scheduling;

namespace AllyBot.Core.TeamSettings;

/// <summary>A channel's AllyBot settings, chosen by its facilitators (<c>/ally schedule</c>, <c>/ally digest</c>, <c>/ally facilitator</c>).</summary>
/// <param name="Channel">The channel (never a thread: <see cref="ChatAddress.ThreadId"/> is null).</param>
/// <param name="CreditSchedule">When the "Credit someone" dialog runs, member-local; null when it is off. <value>Default: off.</value></param>
/// <param name="DigestOn">Whether the facilitator digest (and with it participation counting in this channel) is on. <value>Default: off.</value></param>
/// <param name="FacilitatorIds">The facilitators as platform user ids, so that AllyBot can DM them the digest.</param>
public sealed record ChannelSettings(ChatAddress Channel, WeeklySchedule? CreditSchedule, bool DigestOn, IReadOnlyList<string> FacilitatorIds)
{
    /// <summary>The channel, without a thread.</summary>
    public ChatAddress Channel { get; init => field = ChannelOnly(value); } = ChannelOnly(Channel);

    /// <summary>The team zone: the credit schedule's, or UTC when there is none.</summary>
    public string TeamTimeZoneId => CreditSchedule?.TimeZoneId ?? "UTC";

    /// <summary>Nothing on, no facilitators.</summary>
    public static ChannelSettings Default(ChatAddress channel) => new(channel, null, DigestOn: false, []);

    /// <summary>Whether <paramref name="userId"/> is one of the facilitators.</summary>
    public bool IsFacilitator(string userId) => FacilitatorIds.Contains(userId, StringComparer.Ordinal);

    /// <summary><paramref name="address"/> without its thread.</summary>
    public static ChatAddress ChannelOnly(ChatAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.ThreadId is null ? address : address with { ThreadId = null };
    }
}
