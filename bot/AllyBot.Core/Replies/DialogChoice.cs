namespace AllyBot.Core.Replies;

/// <summary>One button on a <see cref="DialogPrompt"/>. Pressing it comes back as a <see cref="Conversations.ChatButton"/> with this action id and value.</summary>
/// <param name="Label">The button text.</param>
/// <param name="ActionId">One of <see cref="DialogActions"/>.</param>
/// <param name="Value">Opaque to edges: send it back unchanged (it starts with the dialog id).</param>
/// <param name="IsDefault">Render as the primary (highlighted) button.</param>
public sealed record DialogChoice(string Label, string ActionId, string Value, bool IsDefault = false);
