namespace AllyBot.Core.Tests.Commands.Admin;

public sealed class AdminRulesCommandTests
{
    private readonly AdminScript _script = new();

    [Test]
    public async Task Rules_NoCategory_CountsPerCategory()
    {
        await _script.AdminAsync("disable technology/sanity-check");

        var answer = await _script.AdminAsync("rules");

        Assert.That(answer, Does.StartWith("Rules in this workspace (nudging from `suggestion` up):")
            .And.Contain("• technology: 0 of 1 on").And.Contain("• gendered-language: 1 of 1 on"));
    }

    [Test]
    public async Task Rules_Category_ListsStateSeverityAndChannelExceptions()
    {
        await _script.AdminAsync("severity gendered-language/guys warning");
        await _script.AdminAsync("disable gendered-language in <#C-random>");

        var answer = await _script.AdminAsync("rules gendered-language");

        Assert.That(answer, Is.EqualTo("gendered-language rules (workspace-wide):\n• `gendered-language/guys`: on · warning (shipped as suggestion) · off in <#C-random>"));
    }

    [Test]
    public async Task Rules_UnknownCategory_ListsTheCategories()
    {
        Assert.That(await _script.AdminAsync("rules nope"), Does.StartWith("There is no rule or category 'nope'. Categories: ableism, gendered-language, race-ethnicity, technology."));
    }
}
