namespace AllyBot.Core.Language.Azure;

/// <summary>Cuts a text into pieces the service accepts, at whitespace where possible, never inside a surrogate pair.</summary>
internal static class DocumentChunks
{
    /// <summary>The pieces of <paramref name="text"/> (at most <paramref name="max"/> UTF-16 units each) and their offsets; one empty piece for empty text.</summary>
    public static IReadOnlyList<(int Offset, string Text)> Split(string text, int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 2);
        var pieces = new List<(int, string)>();
        var start = 0;
        while (text.Length - start > max)
        {
            var end = start + max;
            var space = text.LastIndexOfAny([' ', '\n', '\t'], end - 1, max / 2);
            if (space > start)
            {
                end = space + 1;
            }
            else if (char.IsHighSurrogate(text[end - 1]))
            {
                end--;
            }

            pieces.Add((start, text[start..end]));
            start = end;
        }

        pieces.Add((start, text[start..]));
        return pieces;
    }
}
