using AllyBot.Core.Admin;
using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Rules.Language;
using AllyBot.Rules.Model;

namespace AllyBot.Core.Language;

/// <summary>
/// The custom classifier's second opinion on a message: its labels (at or above the minimum confidence, configured,
/// and not switched off by the workspace's admins) as findings of the <see cref="ClassifierRules"/>. Asked only where
/// the deployment configures a classifier and the workspace turned enrichment on, within
/// <see cref="LanguageOptions.Budget"/>; any failure means "no opinion", never an exception.
/// </summary>
public sealed class ClassifierSecondOpinion(
    ITextAnalysis service, ILanguageSettingsStore settings, ClassifierRules classifier, EffectiveRuleSetProvider rules, LanguageOptions options)
{
    private const int ExcerptLength = 40;

    /// <summary>The classifier's findings for <paramref name="text"/> in <paramref name="where"/>; empty when it has none.</summary>
    public async Task<IReadOnlyList<Finding>> FindingsAsync(ChatAddress where, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(where);
        ArgumentNullException.ThrowIfNull(text);
        if (!service.IsConfigured || classifier.Rules.Count == 0)
        {
            return [];
        }

        var workspace = await settings.GetAsync(where.WorkspaceId, cancellationToken).ConfigureAwait(false);
        var deployment = workspace.Classifier ?? classifier.Deployment;
        var prose = ProseText.Of(text);
        if (!workspace.EnrichmentOn || deployment is null || prose.Length == 0)
        {
            return [];
        }

        var answer = await service.ClassifyAsync([prose], deployment, options.Budget, cancellationToken).ConfigureAwait(false);
        if (answer is not [{ } labels])
        {
            return [];
        }

        var excerpt = prose.Length <= ExcerptLength ? prose : prose[..ExcerptLength].TrimEnd() + "…";
        return [.. labels
            .Where(l => l.Confidence >= classifier.MinConfidence)
            .Select(l => classifier.Find(l.Category))
            .OfType<Rule>()
            .Distinct()
            .Select(rule => rules.Effective(where, rule))
            .Where(rule => rule.Enabled)
            .Select(rule => new Finding(rule, 0, text.Length, excerpt))];
    }
}
