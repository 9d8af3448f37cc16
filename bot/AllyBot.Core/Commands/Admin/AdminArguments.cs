using System.Diagnostics.CodeAnalysis;

namespace AllyBot.Core.Commands.Admin;

/// <summary>Reads the arguments admin sub-commands share: channels and the trailing <c>in #channel</c>.</summary>
public static class AdminArguments
{
    /// <summary>
    /// Reads one word as a channel: the platform's token <c>&lt;#C1&gt;</c> or <c>&lt;#C1|name&gt;</c>, or
    /// <c>#name</c> where the platform's channel ids are names (the playground).
    /// </summary>
    public static bool TryParseChannel(string? word, [NotNullWhen(true)] out string? channelId)
    {
        channelId = null;
        if (word is null)
        {
            return false;
        }

        string id;
        if (word.StartsWith("<#", StringComparison.Ordinal) && word.EndsWith('>'))
        {
            var inner = word[2..^1];
            var bar = inner.IndexOf('|', StringComparison.Ordinal);
            id = bar < 0 ? inner : inner[..bar];
        }
        else if (word.StartsWith('#'))
        {
            id = word[1..];
        }
        else
        {
            return false;
        }

        if (id.Length == 0 || id.Length > 100 || id.Any(c => char.IsWhiteSpace(c) || c is '<' or '>' or '#' or '@' or '|'))
        {
            return false;
        }

        channelId = id;
        return true;
    }

    /// <summary>
    /// Splits <c>&lt;target&gt; [in #channel]</c>. Returns false with a usage problem when the words do not fit;
    /// <paramref name="channelId"/> is null for workspace-wide.
    /// </summary>
    public static bool TrySplitTargetAndChannel(string arguments, out string target, out string? channelId, out string problem)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var words = arguments.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
        target = words.Length > 0 ? words[0] : "";
        channelId = null;
        problem = "";
        if (words.Length == 1)
        {
            return true;
        }

        if (words.Length == 3 && words[1].Equals("in", StringComparison.OrdinalIgnoreCase))
        {
            if (TryParseChannel(words[2], out channelId))
            {
                return true;
            }

            problem = $"I couldn't tell which channel '{words[2]}' is. Pick it from the #-channel list so it becomes a link.";
            return false;
        }

        problem = "";
        return false;
    }

    /// <summary>Removes a Markdown code fence around pasted YAML (chat clients add them).</summary>
    public static string WithoutCodeFence(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (!trimmed.StartsWith("```", StringComparison.Ordinal) || !trimmed.EndsWith("```", StringComparison.Ordinal) || trimmed.Length < 6)
        {
            return trimmed;
        }

        var inner = trimmed[3..^3];
        var firstLineEnd = inner.IndexOf('\n', StringComparison.Ordinal);
        if (firstLineEnd >= 0 && inner[..firstLineEnd].Trim() is "yaml" or "yml" or "")
        {
            inner = inner[(firstLineEnd + 1)..];
        }

        return inner.Trim('\n', '\r') + "\n";
    }
}
