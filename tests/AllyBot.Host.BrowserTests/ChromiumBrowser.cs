using Microsoft.Playwright;

namespace AllyBot.Host.BrowserTests;

/// <summary>
/// Debian's Chromium driven by Playwright, headless, with a fresh profile. Playwright never downloads a browser here:
/// when <c>/usr/bin/chromium</c> is missing the tests are ignored, saying how to install it.
/// </summary>
internal sealed class ChromiumBrowser : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly IPlaywright _playwright;
    private readonly string _profile;

    private ChromiumBrowser(IPlaywright playwright, IBrowserContext context, string profile)
    {
        _playwright = playwright;
        Context = context;
        _profile = profile;
    }

    /// <summary>The browser's one context (a persistent context is how Playwright takes a user data dir).</summary>
    public IBrowserContext Context { get; }

    public static void IgnoreIfMissing()
    {
        if (!File.Exists(ExecutablePath))
        {
            Assert.Ignore("chromium not installed: apt-get install chromium");
        }
    }

    public static async Task<ChromiumBrowser> LaunchAsync()
    {
        var profile = Directory.CreateTempSubdirectory("allybot-chromium-").FullName;
        var playwright = await Playwright.CreateAsync();
        try
        {
            var context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = Arguments,
                ViewportSize = new ViewportSize { Width = 1280, Height = 960 },
                Locale = "en-GB",
            });
            return new ChromiumBrowser(playwright, context, profile);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        _playwright.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be letting go of its profile; a leftover temp folder is harmless.
        }
    }
}
