using AllyBot.Core.Replies;

namespace AllyBot.Host.Playground;

/// <summary>A dialog prompt as the page renders it: buttons, and a member picker or a text box.</summary>
/// <param name="Choices">The buttons: label, action id, opaque value, primary or not.</param>
/// <param name="InputKind"><c>members</c>, <c>text</c> or null.</param>
/// <param name="InputActionId">The action id the answer is sent with.</param>
/// <param name="InputValue">The opaque prefix of the answer's value.</param>
/// <param name="Candidates">For <c>members</c>: who can be picked.</param>
/// <param name="Placeholder">For <c>text</c>: the hint.</param>
/// <param name="MinLength">For <c>text</c>: the shortest answer accepted.</param>
public sealed record PlaygroundPrompt(
    IReadOnlyList<DialogChoice> Choices, string? InputKind, string? InputActionId, string? InputValue, IReadOnlyList<string>? Candidates, string? Placeholder, int? MinLength)
{
    public static PlaygroundPrompt From(DialogPrompt prompt)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        return prompt.Input switch
        {
            MemberPickerInput picker => new(prompt.Choices, "members", picker.ActionId, picker.Value, picker.CandidateUserIds, null, null),
            TextAnswerInput text => new(prompt.Choices, "text", text.ActionId, text.Value, null, text.Placeholder, text.MinLength),
            _ => new(prompt.Choices, null, null, null, null, null, null),
        };
    }
}
