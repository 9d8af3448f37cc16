using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Teams.Tests.Support;
using AllyBot.Teams.Tokens;
using AllyBot.Testing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AllyBot.Teams.Tests;

public sealed class TeamsServicesTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings, IHostEnvironment? environment = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(environment ?? TestEnvironment.Production);
        services.AddSingleton<IInboxWriter>(new RecordingInboxWriter());
        services.AddSingleton<IInstallationStore>(new InMemoryAllyStore());
        services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
        services.AddTeams(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Test]
    public void AddTeams_NoTeamsSection_IsSafeAndRegistersTheTeamsSender()
    {
        using var provider = Build([]);

        Assert.That(provider.GetRequiredService<IOptions<TeamsOptions>>().Value.AuthenticationEnabled, Is.False);
        Assert.That(provider.GetServices<IPlatformChatSender>().Single().Platform, Is.EqualTo(ChatPlatform.Teams));
        Assert.That(provider.GetRequiredService<IBotTokenProvider>(), Is.TypeOf<AnonymousTokenProvider>());
    }

    [Test]
    public void AddTeams_CalledTwice_RegistersOneSender()
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().Build();

        services.AddTeams(configuration).AddTeams(configuration);

        Assert.That(services.Count(d => d.ServiceType == typeof(IPlatformChatSender)), Is.EqualTo(1));
        Assert.That(services.Count(d => d.ServiceType == typeof(IHostedService)), Is.EqualTo(2), "the start-up report and the card worker");
    }

    [Test]
    public void AddTeams_SecretConfigured_UsesClientCredentials()
    {
        using var provider = Build(new() { ["Teams:AppId"] = TestIssuer.AppId, ["Teams:AppPassword"] = "x" });

        Assert.That(provider.GetRequiredService<IBotTokenProvider>(), Is.TypeOf<ClientCredentialsTokenProvider>());
    }

    [Test]
    public void AddTeams_InvalidSettings_FailWithEveryProblemNamed()
    {
        using var provider = Build(new() { ["Teams:AppId"] = "not-a-guid", ["Teams:TokenEndpoint"] = "http://127.0.0.1/token" });

        var error = Assert.Throws<OptionsValidationException>(() => _ = provider.GetRequiredService<IOptions<TeamsOptions>>().Value);

        Assert.That(error!.Failures, Has.Some.Contains("Teams:AppId").And.Some.Contains("Teams:TokenEndpoint"));
    }

    [Test]
    public void AddTeams_AllowedServiceUrlsAsEnvironmentStyleList_ReplaceTheDefaults()
    {
        using var provider = Build(new() { ["Teams:AllowedServiceUrls:0"] = "https://a.example/", ["Teams:AllowedServiceUrls:1"] = "https://b.example/" });

        Assert.That(provider.GetRequiredService<IOptions<TeamsOptions>>().Value.EffectiveAllowedServiceUrls, Is.EqualTo(new[] { "https://a.example/", "https://b.example/" }));
    }

    [Test]
    public void AddTeams_RegistersDialogSenderAndKeyedRosterAndLinkResolver()
    {
        using var provider = Build([]);

        Assert.That(provider.GetServices<IPlatformDialogChatSender>().Single(), Is.SameAs(provider.GetServices<IPlatformChatSender>().Single()));
        Assert.That(provider.GetRequiredKeyedService<IRosterProvider>(ChatPlatform.Teams), Is.Not.Null);
        Assert.That(provider.GetRequiredKeyedService<IMessageLinkResolver>(ChatPlatform.Teams), Is.Not.Null);
    }

    [Test]
    public void AddTeams_RegistersTeamOwnersAsKeyedAdminRolesAndCardsWithoutCoreAdmin()
    {
        using var provider = Build([]);

        Assert.That(provider.GetRequiredKeyedService<IPlatformAdminRoles>(ChatPlatform.Teams), Is.TypeOf<AllyBot.Teams.Admin.TeamsAdminRoles>());
        Assert.That(provider.GetRequiredService<AllyBot.Teams.Cards.TeamsCards>(), Is.Not.Null);
        Assert.That(provider.GetServices<IHostedService>().OfType<AllyBot.Teams.Cards.TeamsCardWorker>().Count(), Is.EqualTo(1));
    }
}
