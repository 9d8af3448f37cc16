namespace AllyBot.Core.Conversations;

/// <summary>A button someone pressed on one of AllyBot's private messages.</summary>
/// <param name="Where">Where the message with the button was.</param>
/// <param name="User">Who pressed it.</param>
/// <param name="ActionId">Which button (see <see cref="Replies.NudgeActions"/>).</param>
/// <param name="Value">The button's value, e.g. the rule ids a nudge was about.</param>
public sealed record ChatButton(ChatAddress Where, ChatUser User, string ActionId, string Value);
