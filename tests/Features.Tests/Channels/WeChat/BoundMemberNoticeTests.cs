using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.Core.State;
using EngageBot.Features.SignUps;
using EngageBot.TestKit;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Features.Tests.Channels.WeChat;

/// <summary>
/// A roster member bound to a 公众号 follower gets each notice once, keyed as the member, on WeChat (where they are),
/// however many audience sources list them; unbound members and WeChat-only followers are reached as before.
/// </summary>
public sealed class BoundMemberNoticeTests
{
    private const string Text = "周五下午工会例会改到三楼会议室";

    [Fact]
    public async Task A_notice_to_all_reaches_a_bound_member_once_on_WeChat_and_everyone_else_as_before()
    {
        await using var wechat = await StartAsync();
        var host = wechat.Host;
        await BindAndTalkAsync(wechat, "BJ-0801", "周敏", "oBound801");
        await host.SignInMemberAsync("BJ-0802", "吴刚");
        Assert.NotNull(await wechat.Push.ReplyAsync(await wechat.Push.PlainAsync(wechat.Push.TextXml("oOnly802", "你好"))));
        await WeChatLateReplyTests.UntilAsync(() => WeChatLateReplyTests.CountMessages(host.DatabasePath) == 0);
        var before = wechat.Stub.Accepted.Count;

        var id = await CreateNoticeAsync(host, new { all = true });
        // The firing writes recipients page by page (stored chats, then the roster): wait for all three.
        var report = await host.SettledNoticeReportAsync(id, recipients: 3);

        // The report counts the bound member once; the unbound member (web chat not opened yet) gets theirs held.
        Assert.Equal((3L, 0L), (report.GetProperty("recipients").GetInt64(), report.GetProperty("failed").GetInt64()));
        var deliveries = BotHost.Json(await host.Admin.GetStringAsync(new Uri($"api/admin/notices/{id}/deliveries", UriKind.Relative)))
            .GetProperty("deliveries").EnumerateArray().ToDictionary(d => d.GetProperty("member").GetString()!, d => d.GetProperty("status").GetString());
        Assert.Equal(["engagebot/dl_BJ-0801", "engagebot/dl_BJ-0802", "wechat/oOnly802"], deliveries.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(("sent", "sent"), (deliveries["engagebot/dl_BJ-0801"], deliveries["wechat/oOnly802"]));
        Assert.Equal(["engagebot/dl_BJ-0801=wechat", "engagebot/dl_BJ-0802=engagebot", "wechat/oOnly802=wechat"], OutboxChannels(host, id));

        var sent = wechat.Stub.Accepted.Skip(before).Where(m => WeChatApiStub.Text(m).Contains(Text, StringComparison.Ordinal)).ToList();
        Assert.Equal(["oBound801", "oOnly802"], sent.Select(m => m["touser"]!.GetValue<string>()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_activity_notice_to_a_member_who_signed_up_on_the_web_goes_to_their_bound_WeChat()
    {
        await using var wechat = await StartAsync();
        var host = wechat.Host;
        await BindAndTalkAsync(wechat, "BJ-0811", "郑洁", "oBound811");
        var activityId = await SignUpOnTheWebAsync(host, "BJ-0811", "郑洁");
        var before = wechat.Stub.Accepted.Count;

        var id = await CreateNoticeAsync(host, new { activities = new[] { activityId } });
        var report = await host.SettledNoticeReportAsync(id);

        Assert.Equal((1L, 1L), (report.GetProperty("recipients").GetInt64(), report.GetProperty("sent").GetInt64()));
        Assert.Equal(["engagebot/dl_BJ-0811=wechat"], OutboxChannels(host, id));
        var sent = Assert.Single(wechat.Stub.Accepted.Skip(before), m => WeChatApiStub.Text(m).Contains(Text, StringComparison.Ordinal));
        Assert.Equal("oBound811", sent["touser"]!.GetValue<string>());
    }

    private static Task<WeChatHost> StartAsync() => WeChatHost.StartAsync(settings: new Dictionary<string, string?>
    {
        ["Scheduler:QuietHoursStart"] = "00:00:00",
        ["Scheduler:QuietHoursEnd"] = "00:00:00",
        ["Delivery:PollInterval"] = "00:00:00.100",
    });

    /// <summary>The member signs in on the web, binds the follower, then writes on WeChat once (so the follower's chat exists).</summary>
    private static async Task BindAndTalkAsync(WeChatHost wechat, string memberNumber, string name, string openId)
    {
        var token = (await wechat.Host.SignInMemberAsync(memberNumber, name)).GetProperty("sessionToken").GetString()!;
        Assert.Equal(HttpStatusCode.OK, await WeChatBindingTests.BindAsync(wechat, openId, token));
        Assert.NotNull(await wechat.Push.ReplyAsync(await wechat.Push.PlainAsync(wechat.Push.TextXml(openId, "你好"))));
        await WeChatLateReplyTests.UntilAsync(() => WeChatLateReplyTests.CountMessages(wechat.Host.DatabasePath) == 0);
    }

    private static async Task<string> SignUpOnTheWebAsync(BotHost host, string memberNumber, string name)
    {
        using var created = await host.Admin.PostAsJsonAsync("api/admin/activities", new
        {
            title = "绑定会员提醒测试",
            startsAt = DateTimeOffset.UtcNow.AddDays(5).ToString("o"),
            place = "职工之家",
            capacity = 20,
        });
        created.EnsureSuccessStatusCode();
        var activityId = BotHost.Json(await created.Content.ReadAsStringAsync()).GetProperty("id").GetString()!;
        var web = new MemberKey("engagebot", "dl_" + memberNumber);
        var webChat = EngageBot.Features.Members.MemberDirectChat.Conversation(memberNumber);
        await host.Services.GetRequiredService<SignUpService>().SignUpAsync(
            new SignUpRequest(activityId, web, name, "zh", webChat, "web-" + memberNumber), CancellationToken.None);
        return activityId;
    }

    private static async Task<string> CreateNoticeAsync(BotHost host, object audience)
    {
        using var created = await host.Admin.PostAsJsonAsync("api/admin/notices", new { text = Text, audience });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return BotHost.Json(await created.Content.ReadAsStringAsync()).GetProperty("id").GetString()!;
    }

    /// <summary>Each outbox row of the notice as member=channel of the conversation it goes to.</summary>
    private static List<string> OutboxChannels(BotHost host, string noticeId)
    {
        using var connection = new SqliteConnection($"Data Source={host.DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT member_key, reference_key FROM outbox WHERE notice_id = $n ORDER BY member_key";
        command.Parameters.AddWithValue("$n", noticeId);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add($"{reader.GetString(0)}={ConversationKey.Parse(reader.GetString(1)).ChannelId}");
        }

        return rows;
    }
}
