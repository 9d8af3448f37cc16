namespace AllyBot.Storage.Stores;

/// <summary>A <c>voices_snapshots</c> row as read.</summary>
internal sealed class VoicesSnapshotRow
{
    public long EligibleMembers { get; init; }

    public long Messages { get; init; }

    public double Entropy { get; init; }

    public double Gini { get; init; }

    public double SpeakerShare { get; init; }

    public double TopFifthShare { get; init; }

    public long? Credits { get; init; }

    public double? CreditTopFifthShare { get; init; }

    public double? CreditGini { get; init; }
}
