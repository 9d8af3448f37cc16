namespace AllyBot.Core.Replies;

/// <summary>
/// "Pick one or more people": a multi-select of channel members (Slack <c>multi_static_select</c> or
/// <c>multi_users_select</c>; Teams <c>Input.ChoiceSet</c> with <c>isMultiSelect</c>). The answer's value is
/// <see cref="DialogInput.Value"/>, a space, and the chosen platform user ids separated by spaces.
/// </summary>
/// <param name="ActionId">One of <see cref="DialogActions"/>.</param>
/// <param name="Value">Opaque prefix of the answer's value.</param>
/// <param name="CandidateUserIds">The people to offer, as platform user ids; edges show their display names. Core rejects picks outside this list.</param>
public sealed record MemberPickerInput(string ActionId, string Value, IReadOnlyList<string> CandidateUserIds) : DialogInput(ActionId, Value);
