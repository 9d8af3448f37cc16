using System.Text;

namespace AllyBot.Core.Credits;

/// <summary>
/// Credit must say what was done (voices.md 4.1: specific credit cuts attribution ambiguity). An answer is too vague
/// when it is shorter than <see cref="MinLength"/> characters or, once thanks and praise words are set aside, names
/// fewer than two things (so "everything", "great job", "thanks" and "thanks for all the great work!" are coached).
/// </summary>
public static class ContributionCheck
{
    /// <summary>The shortest answer accepted. <value>15 characters.</value></summary>
    public const int MinLength = 15;

    /// <summary>The longest answer kept. <value>1,000 characters.</value></summary>
    public const int MaxLength = 1000;

    /// <summary>The coaching line shown for a vague answer.</summary>
    public const string Coaching =
        "Could you make it specific? Say what they did: the idea, the fix, or the help. For example \"spotted the " +
        "off-by-one in the billing export and paired with me on the fix\". Specific credit is what makes it count.";

    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "a", "all", "always", "amazing", "an", "and", "as", "at", "awesome", "being", "best", "big", "brilliant", "cheers",
        "done", "epic", "everyone", "everything", "excellent", "fab", "fabulous", "fantastic", "for", "from", "good", "great",
        "help", "helping", "helpful", "her", "him", "his", "hero", "i", "in", "is", "it", "job", "just", "kudos", "legend",
        "lot", "lots", "me", "much", "my", "nice", "of", "on", "our", "really", "rock", "rocks", "shoutout", "so", "star",
        "stuff", "super", "support", "team", "thank", "thanks", "that", "the", "their", "them", "they", "things", "this",
        "thx", "to", "today", "too", "ty", "us", "usual", "very", "was", "way", "we", "week", "well", "were", "what", "with",
        "wonderful", "work", "you", "your", "yours",
    };

    /// <summary>Whether <paramref name="text"/> says specifically what someone did.</summary>
    public static bool IsSpecific(string? text)
    {
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length < MinLength)
        {
            return false;
        }

        var words = Words(trimmed).Where(w => !Filler.Contains(w)).Distinct(StringComparer.Ordinal).Count();
        return words >= 2;
    }

    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        var inToken = false;
        foreach (var c in text.ToLowerInvariant().Append(' '))
        {
            // Mention tokens (<@U1>, <#C1>) name a person or place, not a contribution.
            if (c == '<')
            {
                inToken = true;
            }
            else if (inToken)
            {
                inToken = c != '>';
            }
            else if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }

            if (word.Length > 1)
            {
                yield return word.ToString();
            }

            word.Clear();
        }
    }
}
