namespace AllyBot.Core.Replies;

/// <summary>
/// An input on a <see cref="DialogPrompt"/> besides its buttons: a <see cref="MemberPickerInput"/> or a
/// <see cref="TextAnswerInput"/>. Its answer comes back as a <see cref="Conversations.ChatButton"/> with
/// <see cref="ActionId"/> and a value of <see cref="Value"/>, one space, then the answer (see each kind).
/// </summary>
/// <param name="ActionId">One of <see cref="DialogActions"/>.</param>
/// <param name="Value">Opaque to edges: the prefix of the answer's value (it is the dialog id).</param>
public abstract record DialogInput(string ActionId, string Value);
