namespace AllyBot.Core.Dialogs;

/// <summary>Reads a dialog button's value: the dialog id, then (after the first space or line break) the answer.</summary>
public static class DialogButtonValue
{
    /// <summary>Splits <paramref name="value"/> into the dialog id and the answer (trimmed; empty for plain buttons).</summary>
    public static (string DialogId, string Answer) Parse(string? value)
    {
        var text = (value ?? "").TrimStart();
        var end = text.IndexOfAny([' ', '\n', '\r', '\t']);
        return end < 0 ? (text, "") : (text[..end], text[(end + 1)..].Trim());
    }
}
