using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AllyBot.Host.BrowserTests.Playground;

/// <summary>
/// One Chromium for the fixture and, for each test, its own playground host and page (for tests that change
/// workspace state or move the playground clock). A test fails if the page threw a script error.
/// </summary>
public abstract class PlaygroundPerTestFixture
{
    private ChromiumBrowser? _browser;
    private PlaygroundServer? _server;
    private IPage? _page;
    private List<string> _pageErrors = [];

    /// <summary>This test's page, opened on its host and ready.</summary>
    protected IPage Page => _page ?? throw new InvalidOperationException("No page: SetUp did not run.");

    /// <summary>This test's host.</summary>
    private protected PlaygroundServer Server => _server ?? throw new InvalidOperationException("No host: SetUp did not run.");

    [OneTimeSetUp]
    public async Task StartBrowserAsync()
    {
        ChromiumBrowser.IgnoreIfMissing();
        SetDefaultExpectTimeout(15_000);
        _browser = await ChromiumBrowser.LaunchAsync();
    }

    [OneTimeTearDown]
    public async Task StopBrowserAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
    }

    [SetUp]
    public async Task OpenPageAsync()
    {
        _server = PlaygroundServer.Start();
        _pageErrors = [];
        _page = await _browser!.Context.NewPageAsync();
        _page.PageError += (_, error) => _pageErrors.Add(error);
        await _page.GotoAsync(_server.BaseAddress.ToString());
        await Expect(_page.Locator("body[data-ready=true]")).ToBeAttachedAsync();
    }

    [TearDown]
    public async Task ClosePageAsync()
    {
        if (_page is not null)
        {
            await _page.CloseAsync();
        }

        _server?.Dispose();
        Assert.That(_pageErrors, Is.Empty, "The page threw script errors.");
    }
}
