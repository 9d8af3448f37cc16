namespace AllyBot.Core.Voices;

/// <summary>The outcome of measuring a window: either <see cref="VoicesMeasured"/> or <see cref="VoicesSuppressed"/>.</summary>
public abstract record VoicesMeasurement;
