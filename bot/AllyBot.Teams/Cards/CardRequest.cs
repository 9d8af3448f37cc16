namespace AllyBot.Teams.Cards;

/// <summary>Which card a typed command asks for.</summary>
internal enum CardRequest
{
    /// <summary><c>/ally settings</c>: the <see cref="SettingsCard"/>.</summary>
    Settings,

    /// <summary><c>/ally admin rule add</c> without YAML: the <see cref="RuleFormCard"/> for admins.</summary>
    RuleForm,
}
