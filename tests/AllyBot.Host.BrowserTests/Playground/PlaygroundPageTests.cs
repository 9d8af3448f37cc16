using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AllyBot.Host.BrowserTests.Playground;

/// <summary>The playground page (bot/AllyBot.Host/wwwroot) in headless Chromium against the real host.</summary>
[TestFixture]
[Category("Browser")]
[NonParallelizable]
public sealed class PlaygroundPageTests
{
    private const string GuysMessage = "hey guys, quick sanity check";

    private PlaygroundServer? _server;
    private ChromiumBrowser? _browser;
    private IPage? _page;
    private List<string> _pageErrors = [];

    private IPage Page => _page ?? throw new InvalidOperationException("No page: SetUp did not run.");

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        ChromiumBrowser.IgnoreIfMissing();
        SetDefaultExpectTimeout(10_000);
        _server = PlaygroundServer.Start();
        _browser = await ChromiumBrowser.LaunchAsync();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _server?.Dispose();
    }

    [SetUp]
    public async Task OpenPageAsync()
    {
        _pageErrors = [];
        _page = await _browser!.Context.NewPageAsync();
        _page.PageError += (_, error) => _pageErrors.Add(error);
        await _page.GotoAsync(_server!.BaseAddress.ToString());
        await Expect(_page.Locator("body[data-ready=true]")).ToBeAttachedAsync();
    }

    [TearDown]
    public async Task ClosePageAsync()
    {
        if (_page is not null)
        {
            await _page.CloseAsync();
        }

        Assert.That(_pageErrors, Is.Empty, "The page threw script errors.");
    }

    [Test]
    public async Task Send_GuysAndSanityCheckAsAlex_ShowsNudgeOnlyToAlexAndHelpReply()
    {
        await Page.SelectOptionAsync("#user-select", "alex");
        await Page.GetByTestId("channel-general").ClickAsync();
        await Page.FillAsync("#composer", GuysMessage);
        await Page.PressAsync("#composer", "Enter");

        var message = Page.GetByTestId("message").Filter(new() { HasText = GuysMessage }).Last;
        await Expect(message).ToBeVisibleAsync();
        await Expect(Page.Locator("#composer")).ToHaveValueAsync("");
        var messageId = await message.GetAttributeAsync("data-message-id");

        var nudge = Page.Locator($"[data-testid=nudge][data-message-id='{messageId}']");
        await Expect(nudge).ToBeVisibleAsync();
        await Expect(nudge.GetByTestId("private-note")).ToHaveTextAsync("Only visible to you");
        var guys = nudge.Locator("[data-testid=finding][data-rule-id='gendered-language/guys-for-groups']");
        var sanity = nudge.Locator("[data-testid=finding][data-rule-id='technology/sanity-check']");
        await Expect(guys.GetByTestId("matched")).ToHaveTextAsync("guys");
        await Expect(guys.GetByTestId("suggestion").Filter(new() { HasText = "everyone" })).ToBeVisibleAsync();
        await Expect(guys.GetByTestId("suggestion").Filter(new() { HasText = "folks" })).ToBeVisibleAsync();
        await Expect(sanity.GetByTestId("matched")).ToHaveTextAsync("sanity check");
        await Expect(sanity.GetByTestId("suggestion").Filter(new() { HasText = "quick check" })).ToBeVisibleAsync();
        foreach (var button in new[] { "nudge-thanks", "nudge-not-helpful", "nudge-snooze" })
        {
            await Expect(nudge.GetByTestId(button)).ToBeVisibleAsync();
        }

        await Expect(guys.GetByTestId("why")).ToBeHiddenAsync();
        await guys.GetByTestId("why-toggle").ClickAsync();
        await Expect(guys.GetByTestId("why")).ToBeVisibleAsync();
        await Expect(guys.GetByTestId("why-toggle")).ToHaveAttributeAsync("aria-expanded", "true");

        await Page.SelectOptionAsync("#user-select", "priya");
        await Expect(message).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("nudge")).ToHaveCountAsync(0);

        await Page.SelectOptionAsync("#user-select", "alex");
        await Expect(nudge).ToBeVisibleAsync();
        await Page.FillAsync("#composer", "/ally help");
        await Page.PressAsync("#composer", "Enter");

        var help = Page.GetByTestId("reply").Filter(new() { HasText = "/ally tips" });
        await Expect(help).ToBeVisibleAsync();
        await Expect(help.GetByTestId("private-note")).ToHaveTextAsync("Only visible to you");
        await Expect(Page.GetByTestId("announcer")).ToContainTextAsync("only visible to you");

        // Tall enough to show the whole nudge (with one "Why?" open) above the help reply.
        await sanity.GetByTestId("why-toggle").ClickAsync();
        await Expect(sanity.GetByTestId("why")).ToBeVisibleAsync();
        await Page.SetViewportSizeAsync(1280, 1500);
        await help.ScrollIntoViewIfNeededAsync();
        var screenshot = Path.Combine(TestContext.CurrentContext.WorkDirectory, "playground.png");
        await Page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        TestContext.AddTestAttachment(screenshot, "The playground as alex: a private nudge and the /ally help reply");
    }

    [Test]
    public async Task PressThanks_OnNudge_ShowsPrivateAcknowledgement()
    {
        await Page.SelectOptionAsync("#user-select", "jordan");
        await Page.GetByTestId("channel-random").ClickAsync();
        await Page.FillAsync("#composer", "thanks guys");
        await Page.ClickAsync("#send");

        var message = Page.GetByTestId("message").Filter(new() { HasText = "thanks guys" }).Last;
        await Expect(message).ToBeVisibleAsync();
        var nudge = Page.Locator($"[data-testid=nudge][data-message-id='{await message.GetAttributeAsync("data-message-id")}']");
        await nudge.GetByTestId("nudge-thanks").ClickAsync();

        await Expect(Page.GetByTestId("reply").Filter(new() { HasText = "Thanks for taking a look" })).ToBeVisibleAsync();
    }

    [Test]
    public async Task FastForward_OneDay_ShowsPlaygroundTimeAheadOfRealTime()
    {
        var before = DateTimeOffset.Parse(await Page.Locator("#clock-now").GetAttributeAsync("datetime") ?? "", CultureInfo.InvariantCulture);
        await Page.ClickAsync("#ff-day");

        await Expect(Page.GetByTestId("clock-offset")).ToContainTextAsync("1 d");
        var after = DateTimeOffset.Parse(await Page.Locator("#clock-now").GetAttributeAsync("datetime") ?? "", CultureInfo.InvariantCulture);
        Assert.That(after - before, Is.GreaterThanOrEqualTo(TimeSpan.FromDays(1)));
    }

    [Test]
    public async Task Send_EmptyMessage_IsBlockedWithInlineError()
    {
        await Page.SelectOptionAsync("#user-select", "sam");
        await Page.GetByTestId("channel-engineering").ClickAsync();
        await Page.FillAsync("#composer", "   ");
        await Page.ClickAsync("#send");

        await Expect(Page.GetByTestId("composer-error")).ToHaveTextAsync("Write a message first.");
        await Expect(Page.Locator("#composer")).ToBeFocusedAsync();
        await Expect(Page.GetByTestId("message").Filter(new() { HasText = "sam" })).ToHaveCountAsync(0);
    }

    [Test]
    public async Task Send_TextOverServerLimit_ShowsServerValidationError()
    {
        await Page.SelectOptionAsync("#user-select", "sam");
        await Page.GetByTestId("channel-engineering").ClickAsync();
        var tooLong = new string('a', 4001);
        await Page.FillAsync("#composer", tooLong);
        await Expect(Page.GetByTestId("char-count")).ToHaveTextAsync("4001 / 4000");
        await Page.ClickAsync("#send");

        await Expect(Page.GetByTestId("composer-error")).ToHaveTextAsync("Write between 1 and 4000 characters.");
        await Expect(Page.Locator("#composer")).ToHaveValueAsync(tooLong);
    }
}
