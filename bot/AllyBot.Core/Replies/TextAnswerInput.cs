namespace AllyBot.Core.Replies;

/// <summary>
/// A free-text answer (Slack <c>plain_text_input</c> in the message or a modal; Teams <c>Input.Text</c> with a submit
/// button). The answer's value is <see cref="DialogInput.Value"/>, one space, and the text as typed. Edges without an
/// input can leave it out: the member's next direct message to AllyBot is taken as the answer (see
/// <see cref="Dialogs.DialogAnswers"/>).
/// </summary>
/// <param name="ActionId">One of <see cref="DialogActions"/>.</param>
/// <param name="Value">Opaque prefix of the answer's value.</param>
/// <param name="Placeholder">Hint text shown in the empty box.</param>
/// <param name="MinLength">The shortest answer accepted (edges may enforce it too).</param>
public sealed record TextAnswerInput(string ActionId, string Value, string Placeholder, int MinLength) : DialogInput(ActionId, Value);
