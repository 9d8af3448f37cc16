using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AllyBot.Host.BrowserTests.Playground;

/// <summary>
/// Scheduled dialogs in the playground page: the weekly credit dialog answered through the page's picker and text
/// box, and the facilitator's private voices digest after "Simulate 8 weeks of chatter". Each test gets its own host,
/// since both move the playground clock.
/// </summary>
[TestFixture]
[Category("Browser")]
[NonParallelizable]
public sealed class PlaygroundDialogTests : PlaygroundPerTestFixture
{
    private static readonly string[] PeopleNames = ["Alex", "Priya", "Sam", "Jordan", "Mei", "Tomas"];

    [Test]
    public async Task CreditDialog_ScheduledAndAnsweredInThePage_FridayPostCreditsTheTeammate()
    {
        await Page.SelectOptionAsync("#user-select", "alex");
        await Page.GetByTestId("channel-general").ClickAsync();
        await SayAsync("/ally schedule credit weekly thu 14:00 UTC");
        await Expect(Page.GetByTestId("reply")).ToHaveCountAsync(1);

        await FastForwardPastAsync(DayOfWeek.Thursday, new TimeOnly(14, 0));
        var prompts = Page.GetByTestId("prompt");
        var pick = prompts.Filter(new() { Has = Page.GetByTestId("member-picker") });
        await Expect(pick).ToHaveCountAsync(1);
        await Expect(pick.GetByTestId("private-note")).ToContainTextAsync("only visible to you");
        await pick.GetByLabel("Priya").CheckAsync();
        await pick.GetByTestId("picker-send").ClickAsync();

        var describe = prompts.Filter(new() { Has = Page.GetByTestId("prompt-answer") });
        await Expect(describe).ToHaveCountAsync(1);
        await describe.GetByTestId("prompt-answer").FillAsync("found the timezone bug in the billing export and paired with me on the fix");
        await describe.GetByTestId("answer-send").ClickAsync();

        var audience = prompts.Filter(new() { Has = Page.GetByTestId("dialog-credit-share-channel") });
        await Expect(audience).ToHaveCountAsync(1);
        await audience.GetByTestId("dialog-credit-share-channel").ClickAsync();
        await Expect(prompts).ToHaveCountAsync(4);

        await FastForwardPastAsync(DayOfWeek.Friday, new TimeOnly(10, 0));
        var post = Page.GetByTestId("post").Filter(new() { HasText = "billing export" });
        await Expect(post).ToHaveCountAsync(1);
        await Expect(post.GetByTestId("post-text")).ToContainTextAsync("@Priya");

        // Everyone in the channel sees the post: Priya too, while Alex's answers stay private.
        await Page.SelectOptionAsync("#user-select", "priya");
        await Expect(post).ToBeVisibleAsync();
        await Expect(prompts.Filter(new() { Has = Page.GetByTestId("dialog-credit-share-channel") })).ToHaveCountAsync(0);
        await Page.SelectOptionAsync("#user-select", "alex");
        await Expect(post).ToBeVisibleAsync();

        await ScreenshotAsync("playground-dialog.png", "The credit dialog answered as alex, and Friday's channel post crediting Priya");
    }

    [Test]
    public async Task Digest_AfterSimulatedChatter_SendsAlexAPrivateDigestThatNamesNoOne()
    {
        await Page.SelectOptionAsync("#user-select", "alex");
        await Page.GetByTestId("channel-general").ClickAsync();
        await SayAsync("/ally digest on");
        await Expect(Page.GetByTestId("reply").Filter(new() { HasText = "The digest is on" })).ToHaveCountAsync(1);
        await SayAsync("/ally facilitator add @alex");
        await Expect(Page.GetByTestId("reply")).ToHaveCountAsync(2);

        await Expect(Page.GetByTestId("simulate")).ToHaveTextAsync("Simulate 8 weeks of chatter");
        await Page.GetByTestId("simulate").ClickAsync();
        await Expect(Page.GetByTestId("simulate-status")).ToContainTextAsync("Simulated 8 weeks in #general");
        await Expect(Page.GetByTestId("simulate-status")).ToContainTextAsync("for 6 members");

        await FastForwardPastAsync(DayOfWeek.Monday, new TimeOnly(9, 30));
        var digest = Page.GetByTestId("prompt").Filter(new() { HasText = "weekly voices digest" });
        await Expect(digest).ToHaveCountAsync(1);
        await Expect(digest.GetByTestId("private-note")).ToContainTextAsync("only visible to you");
        var text = digest.GetByTestId("prompt-text");
        await Expect(text).ToContainTextAsync("a few voices carry most of the conversation");
        await Expect(text).ToContainTextAsync("go round the group once");
        await Expect(digest.GetByTestId("dialog-digest-done")).ToBeVisibleAsync();
        var shown = await text.InnerTextAsync();
        Assert.That(PeopleNames.Where(name => shown.Contains(name, StringComparison.OrdinalIgnoreCase)), Is.Empty, "the digest names no one");
        Assert.That(shown, Does.Not.Contain("@"), "the digest mentions no one");

        // Only the facilitator gets it.
        await Page.SelectOptionAsync("#user-select", "priya");
        await Expect(Page.GetByTestId("prompt").Filter(new() { HasText = "weekly voices digest" })).ToHaveCountAsync(0);
        await Page.SelectOptionAsync("#user-select", "alex");
        await Expect(digest).ToBeVisibleAsync();

        await ScreenshotAsync("playground-digest.png", "Alex's private facilitator digest after 8 simulated weeks of chatter");
    }

    private async Task SayAsync(string text)
    {
        await Page.FillAsync("#composer", text);
        await Page.PressAsync("#composer", "Enter");
        await Expect(Page.Locator("#composer")).ToHaveValueAsync("");
    }

    /// <summary>
    /// Moves the playground clock to half an hour before the next <paramref name="day"/> <paramref name="time"/> UTC
    /// through the clock endpoint, then presses the page's "+1 hour": the slot passes within its catch-up window.
    /// </summary>
    private async Task FastForwardPastAsync(DayOfWeek day, TimeOnly time)
    {
        var now = await ServerNowAsync();
        var target = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero) + time.ToTimeSpan();
        while (target.DayOfWeek != day || target <= now)
        {
            target = target.AddDays(1);
        }

        var minutes = (int)Math.Floor((target - TimeSpan.FromMinutes(30) - now).TotalMinutes);
        if (minutes > 0)
        {
            var moved = await Page.APIRequest.PostAsync(Url("playground/clock"), new() { DataObject = new { minutes } });
            Assert.That(moved.Ok, Is.True, await moved.TextAsync());
        }

        var pressed = await Page.RunAndWaitForResponseAsync(() => Page.ClickAsync("#ff-hour"), response => response.Url.EndsWith("/playground/clock", StringComparison.Ordinal));
        Assert.That(pressed.Ok, Is.True);
        Assert.That(await ServerNowAsync(), Is.GreaterThan(target));
        await Expect(Page.GetByTestId("clock-offset")).ToContainTextAsync("ahead of real time");
    }

    private string Url(string path) => new Uri(Server.BaseAddress, path).ToString();

    private async Task<DateTimeOffset> ServerNowAsync()
    {
        var state = await Page.APIRequest.GetAsync(Url("playground/state"));
        using var json = JsonDocument.Parse(await state.TextAsync());
        return DateTimeOffset.Parse(json.RootElement.GetProperty("now").GetString()!, CultureInfo.InvariantCulture).ToUniversalTime();
    }

    private async Task ScreenshotAsync(string fileName, string description)
    {
        await Page.SetViewportSizeAsync(1280, 1400);
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, fileName);
        await Page.ScreenshotAsync(new() { Path = path, FullPage = true });
        TestContext.AddTestAttachment(path, description);
    }
}
