namespace AllyBot.Storage.Stores;

/// <summary>A <c>member_settings</c> row as read.</summary>
internal sealed class MemberSettingsRow
{
    public long? SnoozedUntil { get; init; }

    public bool NudgesOff { get; init; }

    public bool PromptsOff { get; init; }

    public bool CountingOff { get; init; }
}
