using System.Text.Json;
using AllyBot.Core.Ports;
using AllyBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AllyBot.Host.Tests.Admin;

/// <summary>Workspace administration through the whole host, typed in the playground as a newcomer would.</summary>
public sealed class AdminThroughPlaygroundTests : PlaygroundHostTests
{
    [Test]
    public async Task RuleAdd_ThroughTheCommand_NudgesTheNextMessage()
    {
        await Client.BecomeAdminAsync("alex");

        await Client.SayAsync("alex", "/ally admin rule add\n" + CustomRuleYaml.Rockstar);
        var added = await Client.NextFromAllyBotAsync();
        await Client.SayAsync("priya", "we need a rockstar for this");
        var nudge = await Client.NextFromAllyBotAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(added.GetProperty("text").GetString(), Does.StartWith("Done: added custom rule custom/rockstar."));
            Assert.That(nudge.GetProperty("kind").GetString(), Is.EqualTo("nudge"));
            Assert.That(nudge.GetProperty("user").GetString(), Is.EqualTo("priya"));
            Assert.That(nudge.GetProperty("items")[0].GetProperty("ruleId").GetString(), Is.EqualTo("custom/rockstar"));
        }
    }

    [Test]
    public async Task Admin_NonAdmin_GetsAdminsOnly()
    {
        await Client.SayAsync("sam", "/ally admin disable ableism");

        Assert.That((await Client.NextFromAllyBotAsync()).GetProperty("text").GetString(), Does.StartWith("Sorry, `/ally admin` is for workspace admins only."));
    }

    [Test]
    public async Task Settings_Admin_SeesWorkspaceSettings_MemberOnlyTheirOwn()
    {
        await Client.BecomeAdminAsync("alex");

        await Client.SayAsync("alex", "/ally settings");
        var admin = (await Client.NextFromAllyBotAsync()).GetProperty("text").GetString();
        await Client.SayAsync("sam", "/ally settings");
        var member = (await Client.NextFromAllyBotAsync()).GetProperty("text").GetString();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(admin, Does.Contain("*Workspace settings (admins)*"));
            Assert.That(admin, Does.Contain("`/ally admin severity-floor warning`"));
            Assert.That(member, Does.Contain("*Your settings*"));
            Assert.That(member, Does.Not.Contain("Workspace settings"));
        }
    }

    [Test]
    public async Task NotHelpfulWithReason_ThenAdminCommands_NoMessageTextInAnyTable()
    {
        const string marker = "okapi-marker-5521";
        await Client.BecomeAdminAsync("alex");
        await Client.SayAsync("jordan", $"hey guys {marker}");
        var nudge = await Client.NextFromAllyBotAsync();
        var ruleId = nudge.GetProperty("items")[0].GetProperty("ruleId").GetString()!;

        await Client.PressAsync("jordan", "nudge-not-helpful", ruleId);
        var prompt = await Client.NextOfKindAsync("prompt");
        var quoting = prompt.GetProperty("prompt").GetProperty("choices").EnumerateArray().Single(c => c.GetProperty("label").GetString() == "I was quoting someone");
        await Client.PressAsync("jordan", quoting.GetProperty("actionId").GetString()!, quoting.GetProperty("value").GetString()!);
        var thanks = await Client.NextFromAllyBotAsync();
        await Client.SayAsync("alex", "/ally admin report");
        var report = await Client.NextFromAllyBotAsync();
        await Client.SayAsync("alex", $"/ally admin disable gendered-language in #random");
        await Client.NextFromAllyBotAsync();
        await Client.SettleAsync(PendingAsync);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(thanks.GetProperty("text").GetString(), Is.EqualTo("Thanks, that helps us tune this tip."));
            Assert.That(report.GetProperty("text").GetString(), Does.StartWith("AllyBot report").And.Contain($"`{ruleId}`: fewer than 5"));
            Assert.That(Query("SELECT rule_id || ' ' || reason FROM not_helpful"), Is.EqualTo(new[] { $"{ruleId} quoting" }));
            Assert.That(Query("SELECT action FROM admin_audit ORDER BY id"), Is.EqualTo(new[] { "disabled gendered-language in <#random>" }));
            Assert.That(ColumnsContaining(marker), Is.Empty);
        }
    }

    private Task<int> PendingAsync() => Factory.Services.GetRequiredService<IInbox>().CountPendingAsync();

    private List<string> Query(string sql)
    {
        using var db = Factory.OpenDatabase();
        using var command = db.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private List<string> ColumnsContaining(string needle)
    {
        var hits = new List<string>();
        using var db = Factory.OpenDatabase();
        foreach (var table in Query("SELECT name FROM sqlite_master WHERE type = 'table'"))
        {
            using var select = db.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            using var rows = select.ExecuteReader();
            while (rows.Read())
            {
                for (var column = 0; column < rows.FieldCount; column++)
                {
                    if (!rows.IsDBNull(column) && (rows.GetValue(column).ToString() ?? "").Contains(needle, StringComparison.Ordinal))
                    {
                        hits.Add($"{table}.{rows.GetName(column)}");
                    }
                }
            }
        }

        return hits;
    }
}
