using AllyBot.Core.Language;

namespace AllyBot.Storage.Tests.Stores;

/// <summary>The <see cref="Core.Ports.ILanguageSettingsStore"/> contract.</summary>
public abstract partial class SchedulingStoresContractTests
{
    [Test]
    public async Task LanguageSettingsGet_NeverSaved_ReturnsDefault() =>
        Assert.That(await _stores.Language.GetAsync("T1"), Is.EqualTo(LanguageSettings.Default));

    [Test]
    public async Task LanguageSettingsSave_ThenGet_ReturnsEveryFieldForThatWorkspaceOnly()
    {
        var settings = new LanguageSettings(EnrichmentOn: true, PiiRedactionOn: true, new ClassifierDeployment("tone", "prod-2", MultiLabel: true));

        await _stores.Language.SaveAsync("T1", settings);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _stores.Language.GetAsync("T1"), Is.EqualTo(settings));
            Assert.That(await _stores.Language.GetAsync("T2"), Is.EqualTo(LanguageSettings.Default));
        }
    }

    [Test]
    public async Task LanguageSettingsSave_Twice_LastSaveWinsAndClassifierCanBeCleared()
    {
        await _stores.Language.SaveAsync("T1", new LanguageSettings(true, false, new ClassifierDeployment("tone", "prod", false)));
        var second = new LanguageSettings(EnrichmentOn: false, PiiRedactionOn: true, Classifier: null);

        await _stores.Language.SaveAsync("T1", second);

        Assert.That(await _stores.Language.GetAsync("T1"), Is.EqualTo(second));
    }
}
