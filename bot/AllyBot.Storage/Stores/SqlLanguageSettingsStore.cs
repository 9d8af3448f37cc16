using AllyBot.Core.Language;
using AllyBot.Core.Ports;
using AllyBot.Storage.Connections;
using Dapper;

namespace AllyBot.Storage.Stores;

/// <summary>Workspaces' Azure AI Language switches in SQLite or PostgreSQL (<c>workspace_language</c>).</summary>
internal sealed class SqlLanguageSettingsStore(IStorageConnectionFactory connections) : ILanguageSettingsStore
{
    public Task<LanguageSettings> GetAsync(string workspaceId, CancellationToken cancellationToken = default) =>
        connections.WithConnectionAsync(
            async connection => await connection.QuerySingleOrDefaultAsync<LanguageSettingsRow>(new CommandDefinition(
                """
                SELECT enrichment_on AS EnrichmentOn, pii_redaction_on AS PiiRedactionOn, classifier_project AS ClassifierProject,
                       classifier_deployment AS ClassifierDeployment, classifier_multilabel AS ClassifierMultiLabel
                FROM workspace_language WHERE workspace_id = @workspaceId
                """,
                new { workspaceId },
                cancellationToken: cancellationToken)).ConfigureAwait(false) is { } row
                ? new LanguageSettings(
                    row.EnrichmentOn,
                    row.PiiRedactionOn,
                    row is { ClassifierProject: { } project, ClassifierDeployment: { } deployment } ? new ClassifierDeployment(project, deployment, row.ClassifierMultiLabel) : null)
                : LanguageSettings.Default,
            cancellationToken);

    public Task SaveAsync(string workspaceId, LanguageSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return connections.WithConnectionAsync(
            connection => connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO workspace_language (workspace_id, enrichment_on, pii_redaction_on, classifier_project, classifier_deployment, classifier_multilabel)
                VALUES (@workspaceId, @EnrichmentOn, @PiiRedactionOn, @Project, @Deployment, @MultiLabel)
                ON CONFLICT (workspace_id) DO UPDATE SET
                    enrichment_on = excluded.enrichment_on,
                    pii_redaction_on = excluded.pii_redaction_on,
                    classifier_project = excluded.classifier_project,
                    classifier_deployment = excluded.classifier_deployment,
                    classifier_multilabel = excluded.classifier_multilabel
                """,
                new
                {
                    workspaceId,
                    settings.EnrichmentOn,
                    settings.PiiRedactionOn,
                    Project = settings.Classifier?.ProjectName,
                    Deployment = settings.Classifier?.DeploymentName,
                    MultiLabel = settings.Classifier?.MultiLabel ?? false,
                },
                cancellationToken: cancellationToken)),
            cancellationToken);
    }
}
