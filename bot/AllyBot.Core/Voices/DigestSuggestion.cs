namespace AllyBot.Core.Voices;

/// <summary>One concrete action for the facilitator.</summary>
/// <param name="Kind">Which action, for the "Done / Not relevant" buttons.</param>
/// <param name="Text">The sentence shown.</param>
public sealed record DigestSuggestion(SuggestionKind Kind, string Text)
{
    /// <summary>Round-robin.</summary>
    public static DigestSuggestion RoundRobin { get; } = new(SuggestionKind.RoundRobin,
        "In your next meeting or thread, go round the group once so everyone can add a point, or pass.");

    /// <summary>Async input.</summary>
    public static DigestSuggestion AsyncInput { get; } = new(SuggestionKind.AsyncInput,
        "Before the next decision, ask for input in a thread with a deadline, so people can answer in their own time and time zone.");

    /// <summary>Credit by name.</summary>
    public static DigestSuggestion CreditByName { get; } = new(SuggestionKind.CreditByName,
        "When you sum up, say whose idea or work each point was and what exactly they did, so credit is specific and spread.");
}
