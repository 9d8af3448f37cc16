using System.Text.Json;
using System.Text.Json.Nodes;
using AllyBot.Slack.Tests.Support;
using AllyBot.Slack.WebApi;

namespace AllyBot.Slack.Tests.WebApi;

public sealed class SlackWebApiClientTests
{
    private readonly WebApiHarness _harness = new();

    [TearDown]
    public void TearDown() => _harness.Dispose();

    [Test]
    public async Task PostEphemeral_SendsFormLikeTheOfficialWebClient()
    {
        _harness.Api.Answer("chat.postEphemeral", Payloads.Read("chat-post-ephemeral-ok.json"));
        var blocks = new JsonArray { new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = "hi" } } };

        var ts = await _harness.Client.PostEphemeralAsync("xoxb-1", "T1", "C1", "U1", "fallback", blocks, "1763900000.000100");

        Assert.That(ts, Is.EqualTo("1763900001.000111"));
        var call = _harness.Api.Calls.Single();
        Assert.That(call.Url, Is.EqualTo(new Uri(WebApiHarness.BaseAddress, "chat.postEphemeral")));
        Assert.That(call.ContentType, Is.EqualTo("application/x-www-form-urlencoded"));
        Assert.That(call.Authorization, Is.EqualTo("Bearer xoxb-1"));
        Assert.That(call.Form["channel"], Is.EqualTo("C1"));
        Assert.That(call.Form["user"], Is.EqualTo("U1"));
        Assert.That(call.Form["text"], Is.EqualTo("fallback"));
        Assert.That(call.Form["thread_ts"], Is.EqualTo("1763900000.000100"));
        Assert.That(JsonNode.Parse(call.Form["blocks"])!.ToJsonString(), Is.EqualTo(blocks.ToJsonString()));
    }

    [Test]
    public async Task PublishView_SendsUserIdAndViewAsJson()
    {
        var view = new JsonObject { ["type"] = "home", ["blocks"] = new JsonArray() };

        await _harness.Client.PublishViewAsync("xoxb-1", "T1", "U1", view);

        var call = _harness.Api.Calls.Single();
        Assert.That(call.Method, Is.EqualTo("views.publish"));
        Assert.That(call.Form["user_id"], Is.EqualTo("U1"));
        Assert.That(JsonNode.Parse(call.Form["view"])!.ToJsonString(), Is.EqualTo(view.ToJsonString()));
        Assert.That(SlackMethodTier.For("views.publish"), Is.EqualTo(SlackMethodTier.Tier4));
    }

    [Test]
    public async Task PostEphemeral_NoThread_OmitsThreadTs()
    {
        await _harness.Client.PostEphemeralAsync("xoxb-1", "T1", "C1", "U1", "fallback");

        Assert.That(_harness.Api.Calls.Single().Form.Keys, Is.EquivalentTo(new[] { "channel", "user", "text" }));
    }

    [Test]
    public void Call_OkFalse_ThrowsWithSlacksErrorAndLogsIt()
    {
        _harness.Api.Answer("chat.postEphemeral", Payloads.Read("error-channel-not-found.json"));

        var e = Assert.ThrowsAsync<SlackApiException>(() => _harness.Client.PostEphemeralAsync("xoxb-1", "T1", "C1", "U1", "secret words"));

        Assert.That(e!.Error, Is.EqualTo("channel_not_found"));
        Assert.That(e.Method, Is.EqualTo("chat.postEphemeral"));
        var entry = _harness.Logger.Entries.Single();
        Assert.That(entry.Id.Id, Is.EqualTo(6101));
        Assert.That(entry.Message, Does.Contain("chat.postEphemeral").And.Contain("channel_not_found").And.Not.Contain("secret words"));
    }

    [Test]
    public void Call_NotJson_ThrowsInvalidJson()
    {
        _harness.Api.Answer("auth.test", "<html>oops</html>");

        var e = Assert.ThrowsAsync<SlackApiException>(() => _harness.Client.AuthTestAsync("xoxb-1"));

        Assert.That(e!.Error, Is.EqualTo("invalid_json"));
    }

    [Test]
    public async Task OAuthAccess_SendsClientCredentialsAsBasicAuth()
    {
        _harness.Api.Answer("oauth.v2.access", Payloads.Read("oauth-v2-access.json"));

        var access = await _harness.Client.OAuthAccessAsync("123.456", "s3cret", "the-code");

        var call = _harness.Api.Calls.Single();
        Assert.That(call.Authorization, Is.EqualTo("Basic " + Convert.ToBase64String("123.456:s3cret"u8.ToArray())));
        Assert.That(call.Form["code"], Is.EqualTo("the-code"));
        Assert.That(access.Team?.Id, Is.EqualTo("T0AB12CD3"));
        Assert.That(access.AccessToken, Does.StartWith("xoxb-"));
        Assert.That(access.ToString(), Does.Not.Contain("xoxb-"));
    }

    [Test]
    public async Task OpenView_SendsViewAsJsonString()
    {
        await _harness.Client.OpenViewAsync("xoxb-1", "T1", "trig", new JsonObject { ["type"] = "modal" });

        Assert.That(_harness.Api.Calls.Single().Form["view"], Is.EqualTo("""{"type":"modal"}"""));
    }

    [Test]
    public async Task TypedMethods_CallTheirSlackMethods()
    {
        _harness.Api.Answer("conversations.open", """{"ok":true,"channel":{"id":"D0DM1"}}""");
        _harness.Api.Answer("conversations.info", """{"ok":true,"channel":{"id":"C1","name":"general","is_private":false,"is_member":true}}""");
        _harness.Api.Answer("users.info", """{"ok":true,"user":{"id":"U1","is_bot":false,"tz":"Europe/Berlin","tz_offset":3600}}""");
        _harness.Api.Answer("chat.postMessage", """{"ok":true,"channel":"D0DM1","ts":"1.2"}""");
        _harness.Api.Answer("chat.update", """{"ok":true,"channel":"D0DM1","ts":"1.2"}""");
        _harness.Api.Answer("auth.test", """{"ok":true,"team_id":"T1","user_id":"U0BOT","bot_id":"B1"}""");

        Assert.That(await _harness.Client.OpenConversationAsync("x", "T1", "U1"), Is.EqualTo("D0DM1"));
        Assert.That((await _harness.Client.ConversationInfoAsync("x", "T1", "C1")).IsMember, Is.True);
        Assert.That((await _harness.Client.UserInfoAsync("x", "T1", "U1")).Tz, Is.EqualTo("Europe/Berlin"));
        Assert.That((await _harness.Client.PostMessageAsync("x", "T1", "D0DM1", "hi")).Ts, Is.EqualTo("1.2"));
        Assert.That((await _harness.Client.UpdateAsync("x", "T1", "D0DM1", "1.2", "edited")).Ts, Is.EqualTo("1.2"));
        await _harness.Client.DeleteAsync("x", "T1", "D0DM1", "1.2");
        await _harness.Client.AddReactionAsync("x", "T1", "C1", "1.2", "purple_heart");
        Assert.That((await _harness.Client.AuthTestAsync("x")).UserId, Is.EqualTo("U0BOT"));

        Assert.That(_harness.Api.Calls.Select(c => c.Method), Is.EqualTo(new[]
        {
            "conversations.open", "conversations.info", "users.info", "chat.postMessage", "chat.update", "chat.delete", "reactions.add", "auth.test",
        }));
        Assert.That(_harness.Api.CallsTo("reactions.add").Single().Form["name"], Is.EqualTo("purple_heart"));
    }

    [Test]
    public async Task PostToResponseUrl_PostsJsonWithoutToken()
    {
        var url = new Uri("https://hooks.slack.com/commands/T1/123/abc");

        await _harness.Client.PostToResponseUrlAsync(url, new JsonObject { ["response_type"] = "ephemeral", ["text"] = "hi" });

        var call = _harness.Api.Calls.Single();
        Assert.That(call.Url, Is.EqualTo(url));
        Assert.That(call.Authorization, Is.Null);
        Assert.That(JsonDocument.Parse(call.Body).RootElement.GetProperty("response_type").GetString(), Is.EqualTo("ephemeral"));
    }
}
