namespace AllyBot.Testing;

/// <summary>Custom rules as an admin would type them.</summary>
public static class CustomRuleYaml
{
    /// <summary>A valid rule flagging "rockstar" and "ninja".</summary>
    public const string Rockstar = """
        id: custom/rockstar
        severity: suggestion
        match:
          words: [rockstar, ninja]
        suggestions: [expert, skilled engineer]
        message: '"{match}" sounds like a club; "{suggestion}" says what you need.'
        why: Hype words in job posts put off people who do not see themselves that way.
        examples:
          flag: ["we need a rockstar", "hiring a ninja dev"]
          pass: ["the rock star played", "we need an expert"]
        """;
}
