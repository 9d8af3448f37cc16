using AllyBot.Core.Admin;
using AllyBot.Core.Ports;
using AllyBot.Core.Scheduling;
using AllyBot.Storage.Connections;
using Dapper;

namespace AllyBot.Storage.Stores;

/// <summary>Counts for the admin report, straight from the nudge log, "not helpful" presses, credits and member settings; never a person.</summary>
public sealed class SqlAdminReportSource : IAdminReportSource
{
    private readonly IStorageConnectionFactory _connections;

    internal SqlAdminReportSource(IStorageConnectionFactory connections) => _connections = connections;

    /// <inheritdoc />
    public Task<AdminReportData> ReadAsync(string workspaceId, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspaceId);
        var parameters = new { workspaceId, since = UnixMilliseconds.From(since), until = UnixMilliseconds.From(until), yes = true };
        return _connections.WithConnectionAsync(
            async connection =>
            {
                async Task<List<(string Key, long Count)>> CountsAsync(string sql) =>
                    [.. await connection.QueryAsync<(string, long)>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false)];

                var nudges = await CountsAsync(
                    "SELECT rule_id, COUNT(*) FROM nudges WHERE workspace_id = @workspaceId AND nudged_at >= @since AND nudged_at < @until GROUP BY rule_id").ConfigureAwait(false);
                var presses = (await connection.QueryAsync<(string RuleId, string? Reason, long Count)>(new CommandDefinition(
                    """
                    SELECT rule_id, reason, COUNT(*) FROM not_helpful
                    WHERE workspace_id = @workspaceId AND pressed_at >= @since AND pressed_at < @until
                    GROUP BY rule_id, reason
                    """,
                    parameters,
                    cancellationToken: cancellationToken)).ConfigureAwait(false)).ToList();
                var credits = await connection.QueryAsync<long>(new CommandDefinition(
                    "SELECT MIN(given_at) FROM credits WHERE workspace_id = @workspaceId AND given_at >= @since AND given_at < @until GROUP BY origin_id",
                    parameters,
                    cancellationToken: cancellationToken)).ConfigureAwait(false);
                var nudgesOff = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                    "SELECT COUNT(*) FROM member_settings WHERE workspace_id = @workspaceId AND nudges_off = @yes", parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
                var promptsOff = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                    "SELECT COUNT(*) FROM member_settings WHERE workspace_id = @workspaceId AND prompts_off = @yes", parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);

                return new AdminReportData(
                    nudges.ToDictionary(n => n.Key, n => (int)n.Count, StringComparer.Ordinal),
                    presses.GroupBy(p => p.RuleId).ToDictionary(g => g.Key, g => (int)g.Sum(p => p.Count), StringComparer.Ordinal),
                    presses.Where(p => p.Reason is not null).GroupBy(p => p.RuleId).ToDictionary(
                        g => g.Key, g => (IReadOnlyDictionary<string, int>)g.ToDictionary(p => p.Reason!, p => (int)p.Count, StringComparer.Ordinal), StringComparer.Ordinal),
                    credits.GroupBy(at => IsoWeek.Of(DateOnly.FromDateTime(UnixMilliseconds.ToTime(at).UtcDateTime)).ToString()).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
                    (int)nudgesOff,
                    (int)promptsOff);
            },
            cancellationToken);
    }
}
