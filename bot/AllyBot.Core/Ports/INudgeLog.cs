using AllyBot.Core.Settings;

namespace AllyBot.Core.Ports;

/// <summary>
/// Which rule nudged which member when: rule id, pseudonym and time, never text. Also the rate limiter, so that
/// several AllyBot instances sharing one database never nudge the same member twice for one rule in a window.
/// </summary>
public interface INudgeLog
{
    /// <summary>
    /// Atomically records a nudge of <paramref name="ruleId"/> at <paramref name="at"/> for the message
    /// <paramref name="messageRef"/> unless one was recorded for the same member and rule after <c>at - window</c>.
    /// Returns whether the nudge may go out: true when this call recorded it, and also when the record in the window
    /// was made for the same message (a retry of that message, which must not be rate-limited by itself).
    /// <paramref name="messageRef"/> is the message's keyed hash (<see cref="Privacy.MemberPseudonymizer.MessageRefFor"/>), never its id.
    /// </summary>
    Task<bool> TryRecordAsync(MemberKey member, string ruleId, string messageRef, DateTimeOffset at, TimeSpan window, CancellationToken cancellationToken = default);

    /// <summary>How many nudges the member got since <paramref name="since"/>.</summary>
    Task<int> CountSinceAsync(MemberKey member, DateTimeOffset since, CancellationToken cancellationToken = default);
}
