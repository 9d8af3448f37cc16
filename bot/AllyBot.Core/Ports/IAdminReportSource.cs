using AllyBot.Core.Admin;

namespace AllyBot.Core.Ports;

/// <summary>The read side of the admin report: counts over the nudge log, "not helpful" feedback, credits and opt-outs.</summary>
public interface IAdminReportSource
{
    /// <summary>The workspace's counts from <paramref name="since"/> (inclusive) to <paramref name="until"/> (exclusive).</summary>
    Task<AdminReportData> ReadAsync(string workspaceId, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken = default);
}
