namespace AllyBot.Slack.Home;

/// <summary>What became of a request to open the rule modal.</summary>
internal enum SlackRuleModalOpening
{
    /// <summary>The modal is open.</summary>
    Opened,

    /// <summary>The member is not an admin: no modal; they get the "admins only" answer.</summary>
    NotAdmin,

    /// <summary>The admin check took longer than <see cref="SlackRuleModalFlow.AdminCheckBudget"/>; the trigger would have expired.</summary>
    TooSlow,

    /// <summary>Slack refused <c>views.open</c> (an expired trigger, not installed, an API error).</summary>
    Failed,
}
