using System.Text.Json;
using AllyBot.Slack.Wire;
using Microsoft.AspNetCore.DataProtection;

namespace AllyBot.Slack.OAuth;

/// <summary>Encrypts installation secrets with ASP.NET Core Data Protection before they reach storage.</summary>
internal sealed class SlackInstallationProtector(IDataProtectionProvider provider)
{
    /// <summary>The Data Protection purpose; changing it makes every stored install unreadable.</summary>
    public const string Purpose = "AllyBot.Slack.Installation.v1";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public byte[] Protect(SlackInstallationSecret secret) => _protector.Protect(JsonSerializer.SerializeToUtf8Bytes(secret, SlackJson.Options));

    public SlackInstallationSecret Unprotect(byte[] protectedSecret) =>
        JsonSerializer.Deserialize<SlackInstallationSecret>(_protector.Unprotect(protectedSecret), SlackJson.Options)
        ?? throw new InvalidOperationException("A Slack installation secret decrypted to nothing.");
}
