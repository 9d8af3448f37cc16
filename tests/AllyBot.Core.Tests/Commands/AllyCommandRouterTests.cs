namespace AllyBot.Core.Tests.Commands;

public sealed class AllyCommandRouterTests
{
    private ConversationScript _script = null!;

    [SetUp]
    public void Start() => _script = new ConversationScript();

    [TestCase("")]
    [TestCase("help")]
    [TestCase("HELP")]
    public async Task Handle_Help_ListsEveryCommand(string text)
    {
        var answer = await _script.AllyAsync("U1", text);

        foreach (var verb in new[] { "help", "tips", "check", "snooze", "optout", "optin", "me", "forget-me" })
        {
            Assert.That(answer, Does.Contain($"/ally {verb}"));
        }
    }

    [Test]
    public async Task Handle_UnknownVerb_SaysSoAndShowsHelp()
    {
        var answer = await _script.AllyAsync("U1", "dance now");

        Assert.That(answer, Does.StartWith("I don't know `/ally dance`").And.Contain("/ally tips"));
    }

    [Test]
    public async Task Handle_AnyCommand_AnswersOnlyTheCaller()
    {
        await _script.AllyAsync("U7", "help");

        Assert.That(_script.Sender.Replies.Single().RecipientId, Is.EqualTo("U7"));
    }

    [Test]
    public async Task Handle_VeryLongUnknownVerb_IsTruncated() =>
        Assert.That(await _script.AllyAsync("U1", new string('x', 500)), Has.Length.LessThan(1500));
}
