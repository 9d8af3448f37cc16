using System.Text.Json.Serialization;

namespace AllyBot.Core.Language.Azure;

// The subset of the Azure AI Language analyze-text contract (api-version 2023-04-01) AllyBot sends and reads.
// Entity texts in responses are never read into these types, so personal data does not linger in memory.

/// <summary>A synchronous <c>:analyze-text</c> request.</summary>
internal sealed record AnalyzeTextRequest(string Kind, AnalyzeTextParameters Parameters, AnalysisInput AnalysisInput);

internal sealed record AnalyzeTextParameters(
    string ModelVersion,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? StringIndexType = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? LoggingOptOut = null);

internal sealed record AnalysisInput(IReadOnlyList<TextDocument> Documents);

internal sealed record TextDocument(
    string Id,
    string Text,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Language = null);

/// <summary>A synchronous <c>:analyze-text</c> response.</summary>
internal sealed record AnalyzeTextResponse<TDocument>(string Kind, AnalyzeTextResults<TDocument> Results);

internal sealed record AnalyzeTextResults<TDocument>(IReadOnlyList<TDocument> Documents, IReadOnlyList<DocumentError> Errors);

internal sealed record DocumentError(string Id, ServiceError Error);

internal sealed record ServiceError(string Code, string? Message);

internal sealed record LanguageDocument(string Id, DetectedLanguageWire DetectedLanguage);

internal sealed record DetectedLanguageWire(string? Name, string Iso6391Name, double ConfidenceScore);

internal sealed record PiiDocument(string Id, IReadOnlyList<PiiEntityWire> Entities);

internal sealed record PiiEntityWire(string Category, int Offset, int Length, double ConfidenceScore);

/// <summary>An <c>analyze-text/jobs</c> request (custom text classification).</summary>
internal sealed record AnalyzeJobRequest(string DisplayName, AnalysisInput AnalysisInput, IReadOnlyList<AnalyzeJobTask> Tasks);

internal sealed record AnalyzeJobTask(string Kind, string TaskName, ClassificationParameters Parameters);

internal sealed record ClassificationParameters(string ProjectName, string DeploymentName, bool LoggingOptOut);

/// <summary>An <c>analyze-text/jobs/{id}</c> status.</summary>
internal sealed record AnalyzeJobState(string Status, AnalyzeJobTasks? Tasks, IReadOnlyList<ServiceError>? Errors);

internal sealed record AnalyzeJobTasks(IReadOnlyList<AnalyzeJobTaskResult> Items);

internal sealed record AnalyzeJobTaskResult(string Kind, string Status, AnalyzeTextResults<ClassificationDocument>? Results);

internal sealed record ClassificationDocument(string Id, IReadOnlyList<ClassificationWire> Class);

internal sealed record ClassificationWire(string Category, double ConfidenceScore);
