using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.Core.Protocol;

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
            var code = await CodeOfAsync(host, id);
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

    [Fact]
    public async Task In_a_group_the_members_asked_answer_with_a_bare_code_and_anyone_elses_number_stays_unanswered()
    {
        await using var host = await SignUpTestHost.StartAsync();
        var id = await host.CreateActivityAsync(capacity: 5, startsIn: TimeSpan.FromMinutes(30));
        await host.SendAsync(host.PostBack("c1", "signup", id));
        await host.SendAsync(host.PostBack("c2", "signup", id));
        var code = await CodeOfAsync(host, id);

        var askedFirst = await host.SendAsync(InGroup(host, "c1", "@小助手 签到"));
        var askedSecond = await host.SendAsync(InGroup(host, "c2", "@小助手 我到了 签个到"));
        await host.Bot.PostActivityAsync(InGroup(host, "c3", code)); // not asked: a number in the group is group chat
        var quiet = await host.NothingMoreAsync(TimeSpan.FromMilliseconds(500));
        var spoken = string.Concat(code.Select(d => "零一二三四五六七八九"[d - '0']));
        var first = await host.SendAsync(InGroup(host, "c1", spoken));
        var second = await host.SendAsync(InGroup(host, "c2", string.Join(' ', code.ToCharArray())));
        await host.Bot.PostActivityAsync(InGroup(host, "c1", code)); // answered already: the question closed
        var quietAfter = await host.NothingMoreAsync(TimeSpan.FromMilliseconds(500));

        Assert.Contains("6 位签到码", askedFirst.Activity.Text, StringComparison.Ordinal);
        Assert.Contains("6 位签到码", askedSecond.Activity.Text, StringComparison.Ordinal);
        Assert.True(quiet);
        Assert.StartsWith("签到成功", first.Activity.Text, StringComparison.Ordinal); // not replaced by the second member's question
        Assert.StartsWith("签到成功", second.Activity.Text, StringComparison.Ordinal);
        Assert.Contains("/conversations/group-1/", first.Path, StringComparison.Ordinal);
        Assert.True(quietAfter);
    }

    [Fact]
    public async Task The_code_asked_for_while_a_sign_up_waits_is_the_codes_answer_not_the_sign_ups()
    {
        await using var host = await SignUpTestHost.StartAsync();
        var now = await host.CreateActivityAsync(capacity: 5, startsIn: TimeSpan.FromMinutes(30));
        await host.CreateActivityAsync(capacity: 5, startsIn: TimeSpan.FromDays(2), title: "书法体验课");
        await host.SendAsync(host.PostBack("c1", "signup", now));
        var code = await CodeOfAsync(host, now);

        var signUp = await host.SayAsync("c1", "我想报名"); // a guided sign-up starts and waits for a session to be chosen
        var asked = await host.SayAsync("c1", "签到");
        await host.NothingMoreAsync(TimeSpan.FromMilliseconds(300)); // the sign-up's question, shown again
        var checkedIn = await host.SayAsync("c1", code);

        Assert.StartsWith("请选择场次", signUp.Activity.Text, StringComparison.Ordinal);
        Assert.Contains("6 位签到码", asked.Activity.Text, StringComparison.Ordinal);
        Assert.StartsWith("签到成功", checkedIn.Activity.Text, StringComparison.Ordinal);
    }

    private static async Task<string> CodeOfAsync(SignUpTestHost host, string activityId)
    {
        using var response = await host.AdminAsync(HttpMethod.Get, $"api/admin/activities/{activityId}/checkin-code");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
    }

    private static Activity InGroup(SignUpTestHost host, string user, string text) =>
        host.Message(user, text) with { Conversation = new ConversationAccount { Id = "group-1", IsGroup = true } };
}
