using System.Text;
using AllyBot.Core.Ports;

namespace AllyBot.Core.Language;

/// <summary>
/// Redacts personal data from user-authored text before AllyBot stores it (credit texts), for workspaces whose admins
/// turned PII redaction on (<c>/ally admin pii on</c>) where the deployment configures Azure AI Language. Each entity
/// the service finds becomes <c>[Category]</c>. When the service fails or is over <see cref="LanguageOptions.PiiBudget"/>,
/// the text is stored after <see cref="LocalPiiMask"/> instead: the credit is never dropped or held back, and nothing
/// the local pass can recognise is kept.
/// </summary>
public sealed class PiiRedactor(ITextAnalysis service, ILanguageSettingsStore settings, LanguageOptions options)
{
    /// <summary>Each text as it may be stored in <paramref name="workspaceId"/>, in order (unchanged when redaction is off).</summary>
    public async Task<IReadOnlyList<string>> RedactAsync(string workspaceId, IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count == 0 || !service.IsConfigured || !(await settings.GetAsync(workspaceId, cancellationToken).ConfigureAwait(false)).PiiRedactionOn)
        {
            return texts;
        }

        var nonEmpty = texts.Where(t => !string.IsNullOrWhiteSpace(t)).Distinct(StringComparer.Ordinal).ToList();
        if (nonEmpty.Count == 0)
        {
            return texts;
        }

        var found = await service.RecognizePiiAsync(nonEmpty, null, options.PiiBudget, cancellationToken).ConfigureAwait(false);
        var redacted = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < nonEmpty.Count; i++)
        {
            redacted[nonEmpty[i]] = found is { } all && i < all.Count && all[i] is { } entities
                ? Masked(nonEmpty[i], entities)
                : LocalPiiMask.Apply(nonEmpty[i]);
        }

        return [.. texts.Select(t => redacted.GetValueOrDefault(t, t))];
    }

    /// <summary><paramref name="text"/> with each entity (overlaps merged; out-of-range offsets clamped) replaced by its category.</summary>
    public static string Masked(string text, IReadOnlyList<PiiEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entities);
        var result = new StringBuilder(text.Length);
        var at = 0;
        foreach (var entity in entities.Where(e => e.Length > 0).OrderBy(e => e.Offset).ThenByDescending(e => e.Length))
        {
            var start = Math.Clamp(entity.Offset, 0, text.Length);
            var end = Math.Clamp(entity.End, 0, text.Length);
            if (end <= at)
            {
                continue;
            }

            if (start > at)
            {
                result.Append(text, at, start - at);
            }

            if (start >= at)
            {
                result.Append('[').Append(entity.Category).Append(']');
            }

            at = end;
        }

        return result.Append(text, at, text.Length - at).ToString();
    }
}
