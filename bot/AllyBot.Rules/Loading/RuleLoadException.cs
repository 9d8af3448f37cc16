namespace AllyBot.Rules.Loading;

/// <summary>Thrown when a rules folder does not validate; carries every problem, not just the first.</summary>
public sealed class RuleLoadException : Exception
{
    public RuleLoadException(IReadOnlyList<RuleLoadError> errors)
        : base(Describe(errors)) => Errors = errors;

    public RuleLoadException() : this([]) { }

    public RuleLoadException(string message) : base(message) => Errors = [];

    public RuleLoadException(string message, Exception innerException) : base(message, innerException) => Errors = [];

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<RuleLoadError> Errors { get; }

    private static string Describe(IReadOnlyList<RuleLoadError> errors) => errors.Count switch
    {
        0 => "The rules did not load.",
        1 => $"A rule file is invalid: {errors[0]}",
        _ => $"{errors.Count} rule problems, first: {errors[0]}",
    };
}
