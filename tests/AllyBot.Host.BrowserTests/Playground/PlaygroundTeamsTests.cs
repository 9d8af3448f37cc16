using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AllyBot.Host.BrowserTests.Playground;

/// <summary>The playground's Teams mode in headless Chromium: a message sent "as Teams" takes the real Teams adapter
/// path, and what AllyBot sends to the Bot Connector (the nudge card, then its update and deletion) shows up.</summary>
[TestFixture]
[Category("Browser")]
[NonParallelizable]
public sealed class PlaygroundTeamsTests
{
    private PlaygroundServer? _server;
    private ChromiumBrowser? _browser;
    private IPage? _page;
    private List<string> _pageErrors = [];

    private IPage Page => _page ?? throw new InvalidOperationException("No page: SetUp did not run.");

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        ChromiumBrowser.IgnoreIfMissing();
        SetDefaultExpectTimeout(15_000);
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
    public async Task SendAsTeams_FlaggedThenEditedThenCleaned_ShowsTheConnectorCardItsUpdateAndItsDeletion()
    {
        await Page.SelectOptionAsync("#user-select", "priya");
        await Page.GetByTestId("channel-engineering").ClickAsync();
        await Page.GetByTestId("teams-mode").CheckAsync();
        await Page.FillAsync("#composer", "hey guys, the release is out");
        await Page.PressAsync("#composer", "Enter");

        var first = Page.GetByTestId("message").Filter(new() { HasText = "hey guys, the release is out" }).Last;
        await Expect(first.GetByTestId("teams-badge")).ToBeVisibleAsync();
        var message = Page.Locator($"[data-testid=message][data-message-id='{await first.GetAttributeAsync("data-message-id")}']");
        var sent = Page.Locator("[data-testid=teams-activity][data-op=sendToConversation]");
        await Expect(sent).ToBeVisibleAsync();
        await Expect(sent.GetByTestId("teams-op")).ToContainTextAsync("1:1 chat with AllyBot a:playground-priya");
        await Expect(sent.GetByTestId("teams-card")).ToContainTextAsync("guys");
        await Expect(Page.Locator("[data-testid=teams-activity][data-op=createConversation]")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("nudge")).ToHaveCountAsync(0);

        await message.GetByTestId("teams-edit").ClickAsync();
        await Expect(Page.GetByTestId("editing")).ToBeVisibleAsync();
        await Page.FillAsync("#composer", "hey guys, quick sanity check: the release is out");
        await Page.PressAsync("#composer", "Enter");
        var updated = Page.Locator("[data-testid=teams-activity][data-op=updateActivity]");
        await Expect(updated.GetByTestId("teams-card")).ToContainTextAsync("sanity");
        await Expect(message.GetByTestId("message-text")).ToHaveTextAsync("hey guys, quick sanity check: the release is out");

        await message.GetByTestId("teams-edit").ClickAsync();
        await Page.FillAsync("#composer", "hey all, the release is out");
        await Page.PressAsync("#composer", "Enter");
        await Expect(Page.Locator("[data-testid=teams-activity][data-op=deleteActivity]")).ToBeVisibleAsync();

        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "playground-teams.png");
        await Page.SetViewportSizeAsync(1280, 1400);
        await Page.ScreenshotAsync(new() { Path = path, FullPage = true });
        TestContext.AddTestAttachment(path, "A Teams message through /api/messages: the nudge card, its update after an edit, and its deletion after the clean edit");
    }

    [Test]
    public async Task SendAsTeams_AnotherMember_DoesNotSeePriyasConnectorCalls()
    {
        await Page.SelectOptionAsync("#user-select", "mei");
        await Page.GetByTestId("channel-random").ClickAsync();
        await Page.GetByTestId("teams-mode").CheckAsync();
        await Page.FillAsync("#composer", "that idea is crazy good, guys");
        await Page.PressAsync("#composer", "Enter");
        await Expect(Page.Locator("[data-testid=teams-activity][data-op=sendToConversation]")).ToBeVisibleAsync();

        await Page.SelectOptionAsync("#user-select", "tomas");

        await Expect(Page.Locator("[data-testid=teams-activity]")).ToHaveCountAsync(0);
        await Expect(Page.GetByTestId("message").Filter(new() { HasText = "that idea is crazy good" })).ToBeVisibleAsync();
    }
}
