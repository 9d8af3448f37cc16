namespace AllyBot.Cli.Tests;

/// <summary>
/// A throw-away rules folder holding three small rules, one per severity, so tests never depend on the shipped corpus:
/// <c>demo/guys</c> (suggestion), <c>demo/sanity-check</c> (info) and <c>demo/lunatic</c> (warning).
/// </summary>
internal sealed class TempRulesFolder : IDisposable
{
    public const int RuleCount = 3;
    public const int ExampleCount = 12;

    private const string Guys = """
        id: demo/guys
        severity: suggestion
        match:
          words: [guys]
        suggestions: [folks, everyone]
        message: 'Try "{suggestion}" instead of "{match}".'
        why: Not everyone in a mixed group is a guy.
        examples:
          flag: ["hey guys, standup in five", "thanks guys!"]
          pass: ["hey folks, standup in five", "that guy fixed the build"]
        """;

    private const string SanityCheck = """
        id: demo/sanity-check
        severity: info
        match:
          words: [sanity check]
        suggestions: [quick check, smoke test]
        message: 'Maybe "{suggestion}" instead of "{match}"?'
        why: Sanity as a yardstick can sting for people living with mental illness.
        examples:
          flag: ["can someone sanity check my PR?", "one last sanity check before the release"]
          pass: ["can someone give my PR a quick check?", "one last smoke test before the release"]
        """;

    private const string Lunatic = """
        id: demo/lunatic
        severity: warning
        match:
          words: [lunatic]
        suggestions: [reckless, wild]
        message: '"{match}" turns mental illness into an insult; "{suggestion}" says it better.'
        why: It makes a mental health condition stand for bad judgement.
        link: https://example.org/lunatic
        examples:
          flag: ["that deploy plan is lunatic", "only a lunatic would ship on a Friday"]
          pass: ["that deploy plan is reckless", "the lunar eclipse is tonight"]
        """;

    private TempRulesFolder(string path) => Path = path;

    public string Path { get; }

    public static TempRulesFolder WithDemoRules()
    {
        var folder = new TempRulesFolder(Directory.CreateTempSubdirectory("allybot-cli-rules-").FullName);
        folder.Write("demo/guys.yml", Guys);
        folder.Write("demo/sanity-check.yml", SanityCheck);
        folder.Write("demo/lunatic.yml", Lunatic);
        return folder;
    }

    /// <summary>Writes <paramref name="content"/> to <paramref name="relativePath"/> and returns the full path.</summary>
    public string Write(string relativePath, string content)
    {
        var path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Adds the German rule <c>de/demo/jungs</c> (suggestion; matches "Jungs").</summary>
    public void WriteGermanRule() => Write("de/demo/jungs.yml", """
        id: de/demo/jungs
        locale: de
        severity: suggestion
        match:
          words: [Jungs]
        suggestions: [Leute, alle]
        message: 'Vielleicht „{suggestion}“ statt „{match}“?'
        why: Nicht alle in einer gemischten Gruppe sind Jungs.
        examples:
          flag: ["Hallo Jungs, Daily in fünf Minuten", "danke Jungs!"]
          pass: ["Hallo Leute, Daily in fünf Minuten", "der Junge hat den Build repariert"]
        """);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
