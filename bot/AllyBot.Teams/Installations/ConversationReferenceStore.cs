using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Core.Settings;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging;

namespace AllyBot.Teams.Installations;

/// <summary>
/// Keeps one <see cref="ConversationReference"/> per tenant in <see cref="IInstallationStore"/>, encrypted with data
/// protection. Every authenticated activity refreshes it, but the store is written only when the serviceUrl or bot
/// id changed (or on install), so a busy channel costs one read per tenant per process.
/// </summary>
internal sealed class ConversationReferenceStore(
    IInstallationStore store,
    IDataProtectionProvider protection,
    TimeProvider clock,
    ILogger<ConversationReferenceStore> logger)
{
    public const string Purpose = "AllyBot.Teams.ConversationReference.v1";

    private readonly IDataProtector _protector = protection.CreateProtector(Purpose);
    private readonly ConcurrentDictionary<string, ConversationReference> _known = new(StringComparer.Ordinal);

    /// <summary>Saves the reference on install, merging the team and channel already known.</summary>
    public async Task InstallAsync(ConversationReference reference, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var previous = await GetAsync(reference.TenantId, cancellationToken).ConfigureAwait(false);
        await SaveAsync(reference.MergedWith(previous), cancellationToken).ConfigureAwait(false);
        TeamsLog.Installed(logger, reference.TenantId);
    }

    /// <summary>Saves the reference when it differs from the stored one in what outbound calls use.</summary>
    public async Task RememberAsync(ConversationReference reference, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var previous = await GetAsync(reference.TenantId, cancellationToken).ConfigureAwait(false);
        if (previous is null || previous.ServiceUrl != reference.ServiceUrl || previous.BotId != reference.BotId)
        {
            await SaveAsync(reference.MergedWith(previous), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Deletes the tenant's reference (the bot was removed).</summary>
    public async Task UninstallAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        _known.TryRemove(tenantId, out _);
        await store.DeleteAsync(ChatPlatform.Teams, tenantId, cancellationToken).ConfigureAwait(false);
        TeamsLog.Uninstalled(logger, tenantId);
    }

    /// <summary>The tenant's reference, or null when none is stored (or it cannot be decrypted any more).</summary>
    public async Task<ConversationReference?> GetAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        if (_known.TryGetValue(tenantId, out var known))
        {
            return known;
        }

        var installation = await store.GetAsync(ChatPlatform.Teams, tenantId, cancellationToken).ConfigureAwait(false);
        if (installation is null)
        {
            return null;
        }

        try
        {
            var json = _protector.Unprotect(installation.Secret);
            var reference = JsonSerializer.Deserialize(json, TeamsJsonReference.Default.ConversationReference);
            if (reference is not null)
            {
                _known[tenantId] = reference;
            }

            return reference;
        }
        catch (Exception e) when (e is CryptographicException or JsonException)
        {
            TeamsLog.ReferenceUnreadable(logger, tenantId, e);
            return null;
        }
    }

    private async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        var secret = _protector.Protect(JsonSerializer.SerializeToUtf8Bytes(reference, TeamsJsonReference.Default.ConversationReference));
        await store.SaveAsync(new Installation(ChatPlatform.Teams, reference.TenantId, secret, clock.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        _known[reference.TenantId] = reference;
    }
}
