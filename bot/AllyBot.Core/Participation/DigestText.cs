using System.Globalization;
using System.Text;
using AllyBot.Core.Conversations;
using AllyBot.Core.Replies;
using AllyBot.Core.Voices;

namespace AllyBot.Core.Participation;

/// <summary>
/// Renders a <see cref="VoicesDigest"/> for a facilitator's DM: the channel's shares and inequality numbers against
/// its own 8-week median, what fired, and the suggestions. It can name no one: the digest holds no ids.
/// </summary>
public static class DigestText
{
    /// <summary>The DM text for <paramref name="digest"/> about <paramref name="channel"/>.</summary>
    public static string Render(VoicesDigest digest, ChatAddress channel)
    {
        ArgumentNullException.ThrowIfNull(digest);
        ArgumentNullException.ThrowIfNull(channel);
        var text = new StringBuilder($"Your weekly voices digest for {ChatMentions.Channel(channel.ChannelId)}. Only this channel's facilitators get it, and it names no one.\n");
        foreach (var metric in digest.Metrics)
        {
            text.Append("• ").Append(Label(metric.Metric)).Append(": ").Append(Format(metric.Metric, metric.Value));
            text.Append(metric.EightWeekMedian is { } median ? $" (8-week median {Format(metric.Metric, median)})" : " (no 8-week history yet)").Append('\n');
        }

        if (digest.Triggers.InviteInput.Fired)
        {
            text.Append("Participation is less even than this channel's usual: a few voices carry most of the conversation.\n");
        }

        if (digest.Triggers.CreditConcentrating.Fired)
        {
            text.Append("Credit is concentrating: most of it went to a small part of the team.\n");
        }

        text.Append("Ideas for this week:");
        foreach (var suggestion in digest.Suggestions)
        {
            text.Append("\n• ").Append(suggestion.Text);
        }

        return text.ToString();
    }

    private static string Label(VoicesMetric metric) => metric switch
    {
        VoicesMetric.Entropy => "Evenness of participation (1 = everyone alike)",
        VoicesMetric.Gini => "Inequality of participation (0 = everyone alike)",
        VoicesMetric.SpeakerShare => "Members who posted",
        VoicesMetric.TopFifthShare => "Messages from the most active fifth",
        VoicesMetric.CreditTopFifthShare => "Credit going to the most-credited fifth",
        _ => "Inequality of credit (0 = everyone alike)",
    };

    private static string Format(VoicesMetric metric, double value) => metric is VoicesMetric.SpeakerShare or VoicesMetric.TopFifthShare or VoicesMetric.CreditTopFifthShare
        ? string.Create(CultureInfo.InvariantCulture, $"{value * 100:0}%")
        : value.ToString("0.00", CultureInfo.InvariantCulture);
}
