using AllyBot.Teams.Connector;
using Microsoft.Extensions.Options;

namespace AllyBot.Teams.Tests.Connector;

public sealed class ServiceUrlAllowListTests
{
    private static ServiceUrlAllowList With(params string[] prefixes)
    {
        var options = new TeamsOptions();
        foreach (var prefix in prefixes)
        {
            options.AllowedServiceUrls.Add(prefix);
        }

        return new ServiceUrlAllowList(Options.Create(options));
    }

    [TestCase("https://smba.trafficmanager.net/amer/")]
    [TestCase("https://smba.trafficmanager.net/teams/")]
    [TestCase("https://SMBA.trafficmanager.net/emea/")]
    [TestCase("https://smba.infra.gcc.teams.microsoft.com/")]
    public void IsAllowed_DefaultTeamsHosts_AreAllowed(string url)
    {
        Assert.That(With().IsAllowed(url), Is.True);
    }

    [TestCase("http://smba.trafficmanager.net/amer/")]
    [TestCase("https://smba.trafficmanager.net:8443/amer/")]
    [TestCase("https://smba.trafficmanager.net.evil.com/amer/")]
    [TestCase("https://user@smba.trafficmanager.net/amer/")]
    [TestCase("https://127.0.0.1/")]
    [TestCase("not a url")]
    [TestCase(null)]
    public void IsAllowed_OtherUrls_AreRefused(string? url)
    {
        Assert.That(With().IsAllowed(url), Is.False);
    }

    [Test]
    public void IsAllowed_ConfiguredPrefix_ReplacesDefaultsAndChecksPath()
    {
        var list = With("http://127.0.0.1:5005/connector/");

        Assert.That(list.IsAllowed("http://127.0.0.1:5005/connector/v3/"), Is.True);
        Assert.That(list.IsAllowed("http://127.0.0.1:5005/other/"), Is.False);
        Assert.That(list.IsAllowed("https://smba.trafficmanager.net/amer/"), Is.False);
    }

    [Test]
    public void IsAllowed_RegisteredAllowance_AddsOnlyWhatItAllows()
    {
        var list = new ServiceUrlAllowList(Options.Create(new TeamsOptions()), [new OnlyHost("127.0.0.1")]);

        Assert.That(list.IsAllowed("http://127.0.0.1:5080/playground/teams/connector/"), Is.True);
        Assert.That(list.IsAllowed("https://smba.trafficmanager.net/amer/"), Is.True, "the configured list still applies");
        Assert.That(list.IsAllowed("http://10.0.0.1/"), Is.False);
        Assert.That(list.IsAllowed("http://user:pw@127.0.0.1/"), Is.False, "user info is refused before any allowance is asked");
    }

    private sealed class OnlyHost(string host) : IServiceUrlAllowance
    {
        public bool Allows(Uri serviceUrl) => serviceUrl.Host == host;
    }
}
