namespace AllyBot.Core.Voices;

/// <summary>The group-level actions a digest can suggest. None of them names or ranks anyone.</summary>
public enum SuggestionKind
{
    /// <summary>Go round the group once so everyone can add a point or pass.</summary>
    RoundRobin,

    /// <summary>Ask for input asynchronously, in a thread with a deadline.</summary>
    AsyncInput,

    /// <summary>Credit ideas and work by name and by what exactly was done.</summary>
    CreditByName,
}
