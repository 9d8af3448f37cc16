using AllyBot.Core.Ports;
using AllyBot.Core.Settings;

namespace AllyBot.Core.Dialogs;

/// <summary>
/// <c>/ally forget-me</c> for the dialog features: wraps the existing eraser and also deletes the member's dialogs,
/// pause, credits given and received, calendar settings and participation counters. Register it as the
/// <see cref="IMemberDataEraser"/>, around the storage one.
/// </summary>
public sealed class DialogDataEraser(IMemberDataEraser inner, IDialogStore dialogs, ICreditStore credits, IMemberCalendarStore calendars, IParticipationCounter counter) : IMemberDataEraser
{
    public async Task EraseAsync(MemberKey member, CancellationToken cancellationToken = default)
    {
        await inner.EraseAsync(member, cancellationToken).ConfigureAwait(false);
        await dialogs.EraseAsync(member, cancellationToken).ConfigureAwait(false);
        await credits.EraseAsync(member, cancellationToken).ConfigureAwait(false);
        await calendars.EraseAsync(member, cancellationToken).ConfigureAwait(false);
        await counter.EraseAsync(member, cancellationToken).ConfigureAwait(false);
    }
}
