namespace AllyBot.Core.Scheduling;

/// <summary>A day off in the member's own calendar (public holiday, company day off).</summary>
/// <param name="Date">The member-local date.</param>
/// <param name="Name">What it is, for the admin's holiday list; never used in decisions.</param>
public sealed record Holiday(DateOnly Date, string Name);
