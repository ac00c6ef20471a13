using System.Net.Http.Json;
using System.Text.Json;

namespace EngageBot.Bot.Tests.SignUps;

/// <summary>
/// "签到" / "check me in" without a code: the bot asks for the on-site code and the next message, when it is the code
/// (full-width digits too), checks the member in; a wrong code says what to do next; the question survives a restart.
/// </summary>
public sealed class CheckInWithoutCodeTests
{
    [Fact]
    public async Task A_bare_check_in_asks_for_the_code_and_the_next_message_checks_in()
    {
        var host = await SignUpTestHost.StartAsync();
        try
        {
            var id = await host.CreateActivityAsync(capacity: 5, startsIn: TimeSpan.FromMinutes(30));
            await host.SendAsync(host.PostBack("c1", "signup", id));
            await host.SendAsync(host.PostBack("c2", "signup", id));
            using var codeResponse = await host.AdminAsync(HttpMethod.Get, $"api/admin/activities/{id}/checkin-code");
            var code = (await codeResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
            var wrong = code == "000000" ? "000001" : "000000";

            var asked = await host.SayAsync("c1", "我到了 签个到");
            var wrongReply = await host.SayAsync("c1", "签到码 " + wrong);
            var path = host.Bot.DatabasePath;
            await host.DisposeAsync();
            host = await SignUpTestHost.StartAsync(databasePath: path); // the open question is in the conversation's stored state
            var fullWidth = string.Concat(code.Select(d => (char)(d + 0xFEE0)));
            var checkedIn = await host.SayAsync("c1", fullWidth);

            var english = await host.SayAsync("c2", "check me in pls");
            var dropped = await host.SayAsync("c2", "最近有啥活动");
            var afterDrop = await host.SayAsync("c2", code);

            Assert.Contains("6 位签到码", asked.Activity.Text, StringComparison.Ordinal);
            Assert.StartsWith("签到码不对", wrongReply.Activity.Text, StringComparison.Ordinal);
            Assert.StartsWith("签到成功", checkedIn.Activity.Text, StringComparison.Ordinal);
            Assert.Contains("6-digit check-in code", english.Activity.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("签到码", dropped.Activity.Text ?? string.Empty, StringComparison.Ordinal);
            Assert.DoesNotContain("签到成功", afterDrop.Activity.Text ?? string.Empty, StringComparison.Ordinal); // the prompt closed with the other message
        }
        finally
        {
            await host.DisposeAsync();
        }
    }
}
