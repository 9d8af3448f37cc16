using AllyBot.Core.Dialogs;

namespace AllyBot.Storage.Tests.Stores;

/// <summary>The <see cref="Core.Ports.IDeliveryLog"/> contract.</summary>
public abstract partial class SchedulingStoresContractTests
{
    [Test]
    public async Task DeliveryTryRecord_SameDeliveryTwice_OnlyFirstRecords()
    {
        var post = new ScheduledDelivery(ScheduledDelivery.CreditsPost, General, "", "2026-W10");

        var first = await _stores.Deliveries.TryRecordAsync(post, T0);
        var second = await _stores.Deliveries.TryRecordAsync(post, T0.AddMinutes(1));

        Assert.That(new[] { first, second }, Is.EqualTo(new[] { true, false }));
    }

    [Test]
    public async Task DeliveryTryRecord_DifferentInAnyPart_EachRecords()
    {
        var post = new ScheduledDelivery(ScheduledDelivery.CreditsPost, General, "", "2026-W10");
        await _stores.Deliveries.TryRecordAsync(post, T0);

        var recorded = new[]
        {
            await _stores.Deliveries.TryRecordAsync(post with { Kind = ScheduledDelivery.VoicesDigest }, T0),
            await _stores.Deliveries.TryRecordAsync(post with { Channel = Random }, T0),
            await _stores.Deliveries.TryRecordAsync(post with { Channel = TeamsGeneral }, T0),
            await _stores.Deliveries.TryRecordAsync(post with { RecipientPseudonym = Alice.Pseudonym }, T0),
            await _stores.Deliveries.TryRecordAsync(post with { OccurrenceKey = "2026-W11" }, T0),
        };

        Assert.That(recorded, Is.All.True);
    }

    [Test]
    public async Task DeliveryPurgeBefore_OldAndNew_DeletesOldOnesWhichMayThenBeRecordedAgain()
    {
        var old = new ScheduledDelivery(ScheduledDelivery.VoicesDigest, General, Alice.Pseudonym, "2025-W49");
        var recent = new ScheduledDelivery(ScheduledDelivery.VoicesDigest, General, Alice.Pseudonym, "2026-W10");
        await _stores.Deliveries.TryRecordAsync(old, T0.AddDays(-91));
        await _stores.Deliveries.TryRecordAsync(recent, T0);

        var purged = await _stores.Deliveries.PurgeBeforeAsync(T0.AddDays(-90));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(purged, Is.EqualTo(1));
            Assert.That(await _stores.Deliveries.TryRecordAsync(recent, T0), Is.False);
            Assert.That(await _stores.Deliveries.TryRecordAsync(old, T0), Is.True);
        }
    }
}
