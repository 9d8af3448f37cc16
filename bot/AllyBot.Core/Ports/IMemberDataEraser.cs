using AllyBot.Core.Settings;

namespace AllyBot.Core.Ports;

/// <summary>Deletes everything stored about one member (<c>/ally forget-me</c>).</summary>
public interface IMemberDataEraser
{
    /// <summary>Deletes the member's settings and nudge history.</summary>
    Task EraseAsync(MemberKey member, CancellationToken cancellationToken = default);
}
