using AllyBot.Storage.Migrations;

namespace AllyBot.Storage.Tests.Migrations;

public sealed class MigrationScriptsTests
{
    [Test]
    public void For_Sqlite_VersionsRunFromOneWithoutGaps()
    {
        var scripts = MigrationScripts.For("Sqlite");

        Assert.That(scripts.Select(s => s.Version), Is.EqualTo(Enumerable.Range(1, scripts.Count)));
    }

    [Test]
    public void For_Sqlite_FirstScriptIsTheInitialSchema()
    {
        var first = MigrationScripts.For("Sqlite")[0];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Name, Is.EqualTo("0001_initial.sql"));
            Assert.That(first.Sql, Does.Contain("CREATE TABLE inbox"));
        }
    }

    [Test]
    public void For_UnknownProviderFolder_ReturnsNoScripts()
    {
        Assert.That(MigrationScripts.For("Nope"), Is.Empty);
    }
}
