namespace AllyBot.Host.Tests;

/// <summary>A fresh host with the playground for each test, and a client that drives it like the page does.</summary>
public abstract class PlaygroundHostTests
{
    /// <summary>The host of the current test.</summary>
    private protected AllyBotFactory Factory { get; private set; } = null!;

    /// <summary>The playground client of the current test.</summary>
    private protected PlaygroundClient Client { get; private set; } = null!;

    /// <summary>Configuration beyond the test defaults, for every test of the fixture; none by default.</summary>
    protected virtual IDictionary<string, string?>? Settings => null;

    [SetUp]
    public void StartHost()
    {
        Factory = new AllyBotFactory(Settings);
        Client = new PlaygroundClient(Factory.CreateClient());
    }

    [TearDown]
    public void StopHost() => Factory.Dispose();
}
