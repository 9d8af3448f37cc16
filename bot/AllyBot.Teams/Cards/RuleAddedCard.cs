using System.Text.Json.Nodes;
using AllyBot.Core.Admin;

namespace AllyBot.Teams.Cards;

/// <summary>The card that replaces the rule form once the rule is added: what happened and how to undo it.</summary>
internal static class RuleAddedCard
{
    public const string Title = "Custom rule added";

    public static JsonObject Build(CustomRuleOutcome outcome, string channel)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var body = new JsonArray
        {
            AdaptiveCards.Text(Title, weight: "Bolder", size: "Medium", color: "Good"),
            AdaptiveCards.Text($"Done: {outcome.Text}. It nudges from the next message on; `/ally admin disable {outcome.RuleId}` turns it off and `/ally admin undo` reverts it."),
        };
        return AdaptiveCards.Card(body, [AdaptiveCards.Execute("Add another rule", CardVerbs.RuleForm, new JsonObject { [CardVerbs.ChannelKey] = channel })]);
    }
}
