using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace AllyBot.Slack.Endpoints;

/// <summary>Decodes <c>application/x-www-form-urlencoded</c> bodies (slash commands, interactivity).</summary>
internal static class SlackForm
{
    private static readonly byte[] SslCheckField = "ssl_check=1"u8.ToArray();

    /// <summary>The fields of a form body; the last value wins for a repeated name.</summary>
    public static IReadOnlyDictionary<string, string> Parse(byte[] body)
    {
        var fields = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body));
        return fields.ToDictionary(f => f.Key, f => f.Value.LastOrDefault() ?? "", StringComparer.Ordinal);
    }

    /// <summary>True for Slack's unsigned certificate probe (a form with the field <c>ssl_check=1</c>), found without decoding the form.</summary>
    public static bool IsSslCheck(ReadOnlySpan<byte> body)
    {
        foreach (var range in body.Split((byte)'&'))
        {
            if (body[range].SequenceEqual(SslCheckField))
            {
                return true;
            }
        }

        return false;
    }
}
