using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AllyBot.Host.BrowserTests.Playground;

/// <summary>
/// The playground page's settings panel (the Core settings view: member part for everyone, workspace part for admins)
/// and its admins-only "Add a custom rule" form, plus the typed <c>/ally admin rule add</c>. Each test gets its own
/// host, since admin rights and custom rules are workspace state.
/// </summary>
[TestFixture]
[Category("Browser")]
[NonParallelizable]
public sealed class PlaygroundSettingsTests : PlaygroundPerTestFixture
{
    private const string FormRuleId = "custom/superhero-hire";

    private const string ChatRuleYaml = """
        id: custom/wizard-title
        severity: suggestion
        match:
          words: [wizard]
        suggestions: [specialist, expert]
        message: '"{match}" is a title from a fairy tale; "{suggestion}" says what the job is.'
        why: Fantasy titles suggest a closed club and put off people who do not see themselves that way.
        examples:
          flag: ["ask our data wizard", "hiring a wizard"]
          pass: ["ask our data specialist", "we need an expert"]
        """;

    private ILocator Form => Page.GetByTestId("rule-form");

    [Test]
    public async Task RuleForm_AdminAddsARule_NextMessageWithItsWordIsNudged()
    {
        await Page.SelectOptionAsync("#user-select", "alex");
        await Page.GetByTestId("channel-general").ClickAsync();
        await Expect(Form).ToBeHiddenAsync();
        await Expect(Page.GetByTestId("settings-admin-how")).ToBeVisibleAsync();

        await BecomeAdminAsync("alex");
        await Expect(Form).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("settings-custom-rules")).ToHaveTextAsync("0");
        await FillRuleAsync("we need a superhero for the launch\nhiring a superhero dev");
        await Page.GetByTestId("rule-submit").ClickAsync();

        await Expect(Page.GetByTestId("rule-added-id")).ToHaveTextAsync(FormRuleId);
        await Expect(Page.GetByTestId("rule-errors")).ToBeHiddenAsync();
        await Expect(Page.GetByTestId("rule-id")).ToHaveValueAsync("");
        await Expect(Page.GetByTestId("settings-custom-rules")).ToHaveTextAsync("1");

        await SayAsync("honestly we need a superhero on this team");
        var finding = Page.Locator($"[data-testid=nudge] [data-testid=finding][data-rule-id='{FormRuleId}']");
        await Expect(finding).ToHaveCountAsync(1);
        await Expect(finding.GetByTestId("matched")).ToHaveTextAsync("superhero");
        await Expect(finding.GetByTestId("suggestion").First).ToHaveTextAsync("strong engineer");

        await ScreenshotAsync("playground-custom-rule-form.png", "Alex, an admin, added custom/superhero-hire with the form; the next message is nudged");
    }

    [Test]
    public async Task RuleForm_BadRule_ShowsTheExactErrorAndKeepsTheTypedValues()
    {
        await Page.SelectOptionAsync("#user-select", "alex");
        await BecomeAdminAsync("alex");
        await Expect(Form).ToBeVisibleAsync();
        await FillRuleAsync("we need a hero\nhiring a superhero dev");
        await Page.GetByTestId("rule-severity").SelectOptionAsync("warning");

        await Page.GetByTestId("rule-submit").ClickAsync();

        await Expect(Page.GetByTestId("rule-errors")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("rule-error")).ToHaveTextAsync(["custom rule: examples.flag[0]: \"we need a hero\" should be flagged by this rule but is not"]);
        await Expect(Page.GetByTestId("rule-flag")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Page.GetByTestId("rule-words")).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Page.GetByTestId("rule-added")).ToBeHiddenAsync();
        await Expect(Page.GetByTestId("rule-id")).ToHaveValueAsync("superhero-hire");
        await Expect(Page.GetByTestId("rule-severity")).ToHaveValueAsync("warning");
        await Expect(Page.GetByTestId("rule-words")).ToHaveValueAsync("superhero");
        await Expect(Page.GetByTestId("rule-flag")).ToHaveValueAsync("we need a hero\nhiring a superhero dev");
        await Expect(Page.GetByTestId("rule-pass")).ToHaveValueAsync("we need a strong engineer\nthe film ran long");
        await Expect(Page.GetByTestId("settings-custom-rules")).ToHaveTextAsync("0");

        await ScreenshotAsync("playground-custom-rule-error.png", "The form keeps the typed rule and shows the exact problem beside it");
    }

    [Test]
    public async Task RuleForm_StartFromTheExample_AddsTheExampleRule()
    {
        await Page.SelectOptionAsync("#user-select", "priya");
        await BecomeAdminAsync("priya");
        await Expect(Form).ToBeVisibleAsync();

        await Page.GetByTestId("rule-example").ClickAsync();
        await Page.GetByTestId("rule-submit").ClickAsync();

        await Expect(Page.GetByTestId("rule-added-id")).ToHaveTextAsync("custom/unicorn-hire");
    }

    [Test]
    public async Task SettingsPanel_Member_HasNoAdminPartAndSnoozeShowsTheNotice()
    {
        await Page.SelectOptionAsync("#user-select", "alex");
        await BecomeAdminAsync("alex");
        await Expect(Page.GetByTestId("settings-admin")).ToBeVisibleAsync();

        await Page.SelectOptionAsync("#user-select", "sam");
        await Expect(Page.GetByTestId("settings-who")).ToHaveTextAsync("Sam");
        await Expect(Page.GetByTestId("settings-member")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("settings-admin")).ToBeHiddenAsync();
        await Expect(Form).ToBeHiddenAsync();
        await Expect(Page.GetByTestId("settings-snooze")).ToHaveTextAsync("off");

        await Page.GetByTestId("settings-member").GetByRole(AriaRole.Button, new() { Name = "Snooze for 1 hour" }).ClickAsync();

        await Expect(Page.GetByTestId("settings-notice")).ToContainTextAsync("Nudges snoozed until");
        await Expect(Page.GetByTestId("settings-snooze")).ToContainTextAsync("until");
        await Expect(Page.GetByTestId("settings-member").GetByRole(AriaRole.Button, new() { Name = "End the snooze" })).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("settings-admin")).ToBeHiddenAsync();

        await ScreenshotAsync("playground-settings-member.png", "Sam's settings panel: only the member part, snoozed from its button");
    }

    [Test]
    public async Task ChatRuleAdd_TypedYaml_NextMessageWithItsWordIsNudged()
    {
        await Page.SelectOptionAsync("#user-select", "alex");
        await BecomeAdminAsync("alex");

        await SayAsync("/ally admin rule add\n" + ChatRuleYaml);
        await Expect(Page.GetByTestId("reply").Filter(new() { HasText = "added custom rule custom/wizard-title" })).ToHaveCountAsync(1);
        await Expect(Page.GetByTestId("settings-custom-rules")).ToHaveTextAsync("1");

        await SayAsync("can someone ask our data wizard about the export");
        var finding = Page.Locator("[data-testid=nudge] [data-testid=finding][data-rule-id='custom/wizard-title']");
        await Expect(finding).ToHaveCountAsync(1);
        await Expect(finding.GetByTestId("matched")).ToHaveTextAsync("wizard");

        await ScreenshotAsync("playground-custom-rule-chat.png", "A custom rule typed as /ally admin rule add + YAML nudges the next message");
    }

    /// <summary>The playground has no platform roles: a facilitator of the channel is an admin there.</summary>
    private async Task BecomeAdminAsync(string user)
    {
        await SayAsync($"/ally facilitator add @{user}");
        await Expect(Page.GetByTestId("reply")).ToHaveCountAsync(1);
    }

    private async Task FillRuleAsync(string flag)
    {
        await Page.GetByTestId("rule-id").FillAsync("superhero-hire");
        await Page.GetByTestId("rule-words").FillAsync("superhero");
        await Page.GetByTestId("rule-suggestions").FillAsync("strong engineer\nreliable teammate");
        await Page.GetByTestId("rule-message").FillAsync("\"{match}\" asks for the impossible; \"{suggestion}\" says what you need.");
        await Page.GetByTestId("rule-why").FillAsync("Hero talk in job posts puts off people who do not see themselves that way.");
        await Page.GetByTestId("rule-flag").FillAsync(flag);
        await Page.GetByTestId("rule-pass").FillAsync("we need a strong engineer\nthe film ran long");
    }

    private async Task SayAsync(string text)
    {
        await Page.FillAsync("#composer", text);
        await Page.PressAsync("#composer", "Enter");
        await Expect(Page.Locator("#composer")).ToHaveValueAsync("");
    }

    private async Task ScreenshotAsync(string fileName, string description)
    {
        await Page.SetViewportSizeAsync(1280, 1400);
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, fileName);
        await Page.ScreenshotAsync(new() { Path = path, FullPage = true });
        TestContext.AddTestAttachment(path, description);
    }
}
