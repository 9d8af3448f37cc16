using AllyBot.Teams.Tests.Support;

namespace AllyBot.Teams.Tests;

public sealed class TeamsOptionsValidatorTests
{
    private static IEnumerable<string> Errors(TeamsOptions options, bool development = false) =>
        new TeamsOptionsValidator(development ? TestEnvironment.Development : TestEnvironment.Production).Validate(null, options).Failures ?? [];

    [Test]
    public void Validate_Defaults_Pass()
    {
        Assert.That(Errors(new TeamsOptions()), Is.Empty);
    }

    [Test]
    public void Validate_AppIdNotAGuid_NamesTheKey()
    {
        Assert.That(Errors(new TeamsOptions { AppId = "allybot" }), Has.One.Contains("Teams:AppId"));
    }

    [Test]
    public void Validate_SecretAndCertificate_AsksForOne()
    {
        Assert.That(Errors(new TeamsOptions { AppPassword = "x", CertificateThumbprint = "y" }), Has.One.Contains("only one"));
    }

    [Test]
    public void Validate_HttpUrlsOutsideDevelopment_AreRefused()
    {
        var options = new TeamsOptions { OpenIdMetadataUrl = "http://127.0.0.1:1/meta", TokenEndpoint = "http://127.0.0.1:1/token" };
        options.AllowedServiceUrls.Add("http://127.0.0.1:2/");

        var errors = Errors(options).ToList();

        Assert.That(errors, Has.Count.EqualTo(3));
        Assert.That(errors, Has.One.Contains("Teams:OpenIdMetadataUrl"));
        Assert.That(errors, Has.One.Contains("Teams:TokenEndpoint"));
        Assert.That(errors, Has.One.Contains("Teams:AllowedServiceUrls:0"));
    }

    [Test]
    public void Validate_HttpUrlsInDevelopment_Pass()
    {
        var options = new TeamsOptions { OpenIdMetadataUrl = "http://127.0.0.1:1/meta", TokenEndpoint = "http://127.0.0.1:1/token" };

        Assert.That(Errors(options, development: true), Is.Empty);
    }

    [Test]
    public void Validate_RelativeUrl_IsRefused()
    {
        Assert.That(Errors(new TeamsOptions { TokenEndpoint = "/token" }), Has.One.Contains("Teams:TokenEndpoint"));
    }

    [Test]
    public void CredentialKind_FollowsTheConfiguredKeys()
    {
        Assert.That(new TeamsOptions().CredentialKind, Is.EqualTo(TeamsCredentialKind.None));
        Assert.That(new TeamsOptions { AppId = "a", AppPassword = "p" }.CredentialKind, Is.EqualTo(TeamsCredentialKind.Secret));
        Assert.That(new TeamsOptions { AppId = "a", CertificateThumbprint = "t" }.CredentialKind, Is.EqualTo(TeamsCredentialKind.Certificate));
        Assert.That(new TeamsOptions { AppId = "a" }.CredentialKind, Is.EqualTo(TeamsCredentialKind.ManagedIdentity));
    }

    [Test]
    public void Validate_HttpGraphUrlsOutsideDevelopment_AreRefusedByName()
    {
        var options = new TeamsOptions { GraphBaseUrl = "http://127.0.0.1:5999/graph/", GraphTokenEndpoint = "http://127.0.0.1:5999/{tenant}/token" };

        Assert.That(Errors(options), Has.One.Contains("Teams:GraphBaseUrl").And.One.Contains("Teams:GraphTokenEndpoint"));
        Assert.That(Errors(options, development: true), Is.Empty);
    }

    [Test]
    public void GraphTokenEndpointFor_Default_IsTheTenantsEntraEndpoint()
    {
        Assert.That(new TeamsOptions().GraphTokenEndpointFor("contoso-tenant"), Is.EqualTo("https://login.microsoftonline.com/contoso-tenant/oauth2/v2.0/token"));
        Assert.That(new TeamsOptions { GraphBaseUrl = "https://graph.example/v1.0" }.EffectiveGraphBaseUrl, Is.EqualTo("https://graph.example/v1.0/"));
    }
}
