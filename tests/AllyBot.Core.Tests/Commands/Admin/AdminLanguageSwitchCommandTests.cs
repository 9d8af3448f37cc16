using AllyBot.Core.Language;

namespace AllyBot.Core.Tests.Commands.Admin;

public sealed class AdminLanguageSwitchCommandTests
{
    private readonly AdminScript _script = new();

    [Test]
    public async Task Language_On_StoresEnrichmentForTheWorkspaceAndAuditsIt()
    {
        var answer = await _script.AdminAsync("language on");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer, Is.EqualTo("Done: turned Azure AI Language enrichment on. (`/ally admin undo` reverts it.)"));
            Assert.That(await _script.Language.GetAsync(_script.Workspace), Is.EqualTo(LanguageSettings.Default with { EnrichmentOn = true }));
            Assert.That(await _script.Language.GetAsync("T-other"), Is.EqualTo(LanguageSettings.Default));
            Assert.That((await _script.WorkspaceAdmin.HistoryAsync(_script.Workspace, 5)).Select(e => (e.Change.ActorId, e.Change.Action)),
                Is.EqualTo(new[] { (AdminScript.Admin, "turned Azure AI Language enrichment on") }));
        }
    }

    [Test]
    public async Task Pii_OnThenOff_StoresEachAndKeepsEnrichment()
    {
        await _script.AdminAsync("language on");
        await _script.AdminAsync("pii on");
        var on = await _script.Language.GetAsync(_script.Workspace);

        var answer = await _script.AdminAsync("pii off");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(on, Is.EqualTo(new LanguageSettings(EnrichmentOn: true, PiiRedactionOn: true, null)));
            Assert.That(answer, Is.EqualTo("Done: turned PII redaction of stored credits and notes off. (`/ally admin undo` reverts it.)"));
            Assert.That(await _script.Language.GetAsync(_script.Workspace), Is.EqualTo(new LanguageSettings(EnrichmentOn: true, PiiRedactionOn: false, null)));
        }
    }

    [Test]
    public async Task Pii_Undo_RestoresTheSwitch()
    {
        await _script.AdminAsync("pii on");

        var answer = await _script.AdminAsync("undo");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer, Does.StartWith("Done: undid #1 (turned PII redaction of stored credits and notes on)"));
            Assert.That((await _script.Language.GetAsync(_script.Workspace)).PiiRedactionOn, Is.False);
        }
    }

    [Test]
    public async Task Language_AlreadyOn_ChangesNothingAndSaysSo()
    {
        await _script.AdminAsync("language on");

        var answer = await _script.AdminAsync("language on");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer, Is.EqualTo("Azure AI Language enrichment is already on for this workspace."));
            Assert.That(await _script.WorkspaceAdmin.HistoryAsync(_script.Workspace, 5), Has.Count.EqualTo(1));
        }
    }

    [TestCase("language")]
    [TestCase("language maybe")]
    [TestCase("pii on off")]
    public async Task Switch_BadArgument_ShowsUsage(string text) =>
        Assert.That(await _script.AdminAsync(text), Does.StartWith("Use `/ally admin ").And.EndWith(" on|off`."));

    [Test]
    public async Task Language_Member_AdminsOnlyAndNothingStored()
    {
        var answer = await _script.AdminAsync("language on", user: AdminScript.Member);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer, Does.StartWith("Sorry, `/ally admin` is for workspace admins only."));
            Assert.That(await _script.Language.GetAsync(_script.Workspace), Is.EqualTo(LanguageSettings.Default));
        }
    }

    [Test]
    public async Task Language_OnWithoutAConfiguredService_StoresAndSaysWhenItTakesEffect()
    {
        var script = new AdminScript(languageServiceConfigured: false);

        var answer = await script.AdminAsync("language on");

        Assert.That(answer, Does.Contain("no Azure AI Language resource (`Language:Endpoint`)"));
    }
}
