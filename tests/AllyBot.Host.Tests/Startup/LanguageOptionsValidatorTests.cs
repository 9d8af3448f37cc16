using AllyBot.Core.Language;
using AllyBot.Host.Startup;

namespace AllyBot.Host.Tests.Startup;

public sealed class LanguageOptionsValidatorTests
{
    private static string Validate(LanguageOptions options) =>
        new LanguageOptionsValidator().Validate(null, options).FailureMessage ?? "";

    [TestCase("http://lang.example.com/", "must use https")]
    [TestCase("https://user:pw@lang.example.com/", "without query or credentials")]
    [TestCase("https://lang.example.com/?x=1", "without query or credentials")]
    [TestCase("ftp://lang.example.com/", "absolute https URL")]
    public void Validate_BadEndpoint_NamesTheKeyAndTheProblem(string endpoint, string expected) =>
        Assert.That(Validate(new LanguageOptions { Endpoint = new Uri(endpoint) }), Does.Contain("Language:Endpoint").And.Contain(expected));

    [TestCase("https://my-lang.cognitiveservices.azure.com/")]
    [TestCase("http://127.0.0.1:5123/")]
    [TestCase("http://localhost:5123/")]
    public void Validate_HttpsOrLoopbackEndpoint_IsValid(string endpoint) =>
        Assert.That(new LanguageOptionsValidator().Validate(null, new LanguageOptions { Endpoint = new Uri(endpoint) }).Succeeded, Is.True);

    [Test]
    public void Validate_NoEndpoint_IsValidRulesOnly() =>
        Assert.That(new LanguageOptionsValidator().Validate(null, new LanguageOptions()).Succeeded, Is.True);

    [Test]
    public void Validate_ClassificationProjectWithoutDeployment_AsksForBoth() =>
        Assert.That(
            Validate(new LanguageOptions { Endpoint = new Uri("https://lang.example.com/"), Classification = new() { Project = "tone" } }),
            Does.Contain("set both or neither"));

    [Test]
    public void Validate_ClassificationWithoutEndpoint_NamesTheMissingEndpoint() =>
        Assert.That(
            Validate(new LanguageOptions { Classification = new() { Project = "tone", Deployment = "prod" } }),
            Does.Contain("needs Language:Endpoint"));

    [Test]
    public void Validate_ClassificationBadName_SaysWhichNamesWork() =>
        Assert.That(
            Validate(new LanguageOptions { Endpoint = new Uri("https://lang.example.com/"), Classification = new() { Project = "tone/x", Deployment = "prod" } }),
            Does.Contain("letters, digits"));

    [Test]
    public void Validate_KeyWithoutEndpoint_AsksForTheEndpoint() =>
        Assert.That(Validate(new LanguageOptions { Key = "k" }), Does.Contain("Language:Key is set but Language:Endpoint is not"));

    [Test]
    public void Validate_TimeoutOutOfRange_NamesTheKey() =>
        Assert.That(Validate(new LanguageOptions { TimeoutMs = 5 }), Does.Contain("Language:TimeoutMs"));
}
