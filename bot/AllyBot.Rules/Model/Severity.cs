namespace AllyBot.Rules.Model;

/// <summary>How strongly a rule speaks up. Ordered: a higher value is more serious.</summary>
public enum Severity
{
    /// <summary>Often fine; never interrupts anyone (collected into an optional tip).</summary>
    Info = 0,

    /// <summary>An everyday habit people adopt without malice; a private nudge.</summary>
    Suggestion = 1,

    /// <summary>A slur or dehumanising term; a private nudge with the explanation shown.</summary>
    Warning = 2,
}
