using AllyBot.Core.Admin;
using AllyBot.Core.Ports;

namespace AllyBot.Core.Commands.Admin;

/// <summary>
/// <c>/ally admin language on|off</c> (Azure AI Language enrichment: unsure language guesses and the custom classifier)
/// and <c>/ally admin pii on|off</c> (personal data redacted from stored credit texts and feedback notes). One class
/// for both words; audited and undoable like every admin change. Both take effect only where the deployment sets
/// <c>Language:Endpoint</c>, and the answer says so.
/// </summary>
public sealed class AdminLanguageSwitchCommand(WorkspaceAdmin admin, ITextAnalysis service, bool pii) : IAdminSubcommand
{
    public string Name => pii ? "pii" : "language";

    public string Usage => $"{Name} on|off";

    public string Summary => pii
        ? "redacts personal data (names, e-mail addresses, phone numbers...) from stored credit texts and feedback notes with Azure AI Language"
        : "lets AllyBot ask Azure AI Language when it is unsure of a message's language, and run the custom classifier";

    private string What => pii ? "PII redaction of stored credits and notes" : "Azure AI Language enrichment";

    public async Task<string> RunAsync(CommandContext context, string arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        bool on;
        switch (arguments.Trim().ToLowerInvariant())
        {
            case "on":
                on = true;
                break;
            case "off":
                on = false;
                break;
            default:
                return $"Use `/ally admin {Usage}`.";
        }

        var (changed, text) = await admin.ChangeAsync(
                context.Command.Where.WorkspaceId,
                context.Command.Caller.Id,
                current => (pii ? current.PiiRedactionOn : current.LanguageEnrichmentOn) == on
                    ? AdminEdit.Refuse($"{What} is already {(on ? "on" : "off")} for this workspace.")
                    : AdminEdit.Change(
                        pii ? current with { PiiRedactionOn = on } : current with { LanguageEnrichmentOn = on },
                        $"turned {What} {(on ? "on" : "off")}"),
                cancellationToken)
            .ConfigureAwait(false);
        if (!changed)
        {
            return text;
        }

        return on && !service.IsConfigured
            ? AdminAnswers.Done(text) + " Note: this deployment has no Azure AI Language resource (`Language:Endpoint`), so it takes effect once the operator configures one."
            : AdminAnswers.Done(text);
    }
}
