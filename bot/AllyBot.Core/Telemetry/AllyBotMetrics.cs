using System.Diagnostics.Metrics;

namespace AllyBot.Core.Telemetry;

/// <summary>
/// AllyBot's own metrics, content-free: counts by rule, reason and platform, never a user, channel or text.
/// Exported by the host (OpenTelemetry) under the meter name <see cref="MeterName"/>.
/// </summary>
public sealed class AllyBotMetrics : IDisposable
{
    /// <summary>The meter every AllyBot instrument belongs to.</summary>
    public const string MeterName = "AllyBot";

    private readonly Meter _meter;
    private readonly Counter<long> _nudgesSent;
    private readonly Counter<long> _nudgesSuppressed;
    private readonly Counter<long> _feedback;
    private readonly Counter<long> _commands;
    private readonly Counter<long> _dialogDeliveries;
    private readonly Counter<long> _languages;
    private readonly Counter<long> _languageCalls;
    private readonly Counter<long> _nudgesRevised;

    public AllyBotMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _meter = meterFactory.Create(MeterName);
        _nudgesSent = _meter.CreateCounter<long>("allybot.nudges.sent", "{nudge}", "Private nudges sent.");
        _nudgesSuppressed = _meter.CreateCounter<long>("allybot.nudges.suppressed", "{finding}", "Findings not nudged, by reason.");
        _feedback = _meter.CreateCounter<long>("allybot.nudges.feedback", "{press}", "Nudge buttons pressed, by button.");
        _commands = _meter.CreateCounter<long>("allybot.commands", "{command}", "/ally commands handled, by verb.");
        _nudgesRevised = _meter.CreateCounter<long>("allybot.nudges.revised", "{nudge}", "Sent nudges updated or withdrawn after their message was edited or deleted, by change and platform.");
        _dialogDeliveries = _meter.CreateCounter<long>("allybot.dialogs.delivered", "{message}", "Dialog prompts (DMs) and channel posts sent, by kind and platform.");
        _languages = _meter.CreateCounter<long>("allybot.language.detected", "{message}", "Messages by dominant language and who decided it.");
        _languageCalls = _meter.CreateCounter<long>("allybot.language.calls", "{call}", "Azure AI Language calls, by kind and outcome.");
    }

    public void NudgeSent(string platform, int findings) =>
        _nudgesSent.Add(1, new KeyValuePair<string, object?>("platform", platform), new KeyValuePair<string, object?>("findings", findings));

    /// <summary>A finding (or a whole message) that did not become a nudge; <paramref name="reason"/> is one of <see cref="SuppressionReasons"/>.</summary>
    public void NudgeSuppressed(string reason, int count = 1) =>
        _nudgesSuppressed.Add(count, new KeyValuePair<string, object?>("reason", reason));

    /// <summary>A sent nudge was <c>updated</c> or <c>withdrawn</c> (an edit or delete of its message; never counted as a new nudge).</summary>
    public void NudgeRevised(string change, string platform) =>
        _nudgesRevised.Add(1, new KeyValuePair<string, object?>("change", change), new KeyValuePair<string, object?>("platform", platform));

    public void FeedbackPressed(string button) => _feedback.Add(1, new KeyValuePair<string, object?>("button", button));

    public void CommandHandled(string verb) => _commands.Add(1, new KeyValuePair<string, object?>("verb", verb));

    /// <summary>A dialog prompt (<c>prompt</c>) or channel post (<c>post</c>) went out.</summary>
    public void DialogDelivered(string kind, string platform) =>
        _dialogDeliveries.Add(1, new KeyValuePair<string, object?>("kind", kind), new KeyValuePair<string, object?>("platform", platform));

    /// <summary>A message's dominant language (<c>en</c>, <c>de</c>...) and its <see cref="Language.LanguageSource"/>.</summary>
    public void LanguageDetected(string language, string source) =>
        _languages.Add(1, new KeyValuePair<string, object?>("language", language), new KeyValuePair<string, object?>("source", source));

    /// <summary>An Azure AI Language call: kind (<c>LanguageDetection</c>...) and outcome (<c>ok</c>, <c>timeout</c>, <c>failed</c>, <c>circuit_open</c>...).</summary>
    public void LanguageServiceCalled(string kind, string outcome) =>
        _languageCalls.Add(1, new KeyValuePair<string, object?>("kind", kind), new KeyValuePair<string, object?>("outcome", outcome));

    public void Dispose() => _meter.Dispose();
}
