namespace AllyBot.Core.Language;

/// <summary>The language Azure AI Language found in one document.</summary>
/// <param name="Language">ISO 639-1 name (<c>de</c>), or <c>(Unknown)</c>.</param>
/// <param name="Confidence">0 to 1.</param>
public sealed record ServiceLanguage(string Language, double Confidence)
{
    /// <summary>The service's name for "could not tell".</summary>
    public const string Unknown = "(Unknown)";

    /// <summary>Whether the service named a language.</summary>
    public bool IsKnown => Language != Unknown && Confidence > 0;
}
