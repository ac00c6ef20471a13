using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.Core.Protocol;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Notices;

/// <summary>
/// 确认收到 as members and staff live it: the notice arrives with a confirm button; pressing it or typing "收到" /
/// "got it" confirms (and says which notice); staff see who has not and remind just them, once.
/// </summary>
public sealed class ReceiptConversationTests
{
    private static Activity Say(ChannelSink sink, string user, string text) => Activities.Message(sink.ServiceUrl, text, conversationId: "conv-" + user, userId: user);

    private static Activity Press(ChannelSink sink, string user, JsonElement value) => Say(sink, user, string.Empty) with { Value = value };

    private static async Task<string> ReplyAsync(BotHost host, ChannelSink sink, Activity activity)
    {
        (await host.PostActivityAsync(activity)).EnsureSuccessStatusCode();
        return (await sink.NextAsync()).Activity.Text ?? string.Empty;
    }

    /// <summary>The confirm button's postBack value on a received notice.</summary>
    private static JsonElement ConfirmValue(ReceivedActivity received)
    {
        var buttons = received.Activity.Attachments![0].Content!.Value.GetProperty("buttons");
        var confirm = buttons.EnumerateArray().Single(b => b.GetProperty("value").TryGetProperty("noticeId", out _));
        Assert.Equal("postBack", confirm.GetProperty("type").GetString());
        return confirm.GetProperty("value").Clone();
    }

    private static async Task<(BotHost Host, ChannelSink Sink, string Id, Dictionary<string, ReceivedActivity> Received)> SentAsync(object? remindAfterHours = null)
    {
        var sink = await ChannelSink.StartAsync();
        var host = await BotHost.StartAsync(settings: NoticeHost.Settings);
        await NoticeHost.TalkAsync(host, sink, "u1", "u2");
        (await host.PostActivityAsync(Say(sink, "u3", "hello, what can you do?"))).EnsureSuccessStatusCode();
        await sink.NextAsync();
        var id = await NoticeHost.CreateAsync(host, new
        {
            text = "周五上午体检，请空腹",
            textEn = "Health check on Friday morning: please fast",
            askReceipt = true,
            remindAfterHours,
            audience = new { members = new[] { "emulator/u1", "emulator/u2", "emulator/u3" } },
        });
        var received = (await NoticeHost.ReceiveAsync(sink, 3)).ToDictionary(r => r.Activity.Conversation!.Id!["conv-".Length..]);
        await NoticeHost.SettledReportAsync(host, id);
        return (host, sink, id, received);
    }

    [Fact]
    public async Task Staff_reading_a_hand_off_transcript_see_a_button_press_in_words_not_its_payload()
    {
        var (host, sink, id, received) = await SentAsync();
        await using var _ = host;
        await using var __ = sink;

        Assert.Contains("已为您转人工", await ReplyAsync(host, sink, Say(sink, "u1", "转人工")), StringComparison.Ordinal);
        Assert.Equal("已确认收到通知“周五上午体检，请空腹”，谢谢！", await ReplyAsync(host, sink, Press(sink, "u1", ConfirmValue(received["u1"]))));

        var ticket = (await host.Admin.GetFromJsonAsync<JsonElement>("api/admin/handoffs")).EnumerateArray().Single().GetProperty("id").GetString();
        var transcript = (await host.Admin.GetFromJsonAsync<JsonElement>($"api/admin/handoffs/{ticket}")).GetProperty("transcript").EnumerateArray().ToList();
        var press = Assert.Single(transcript, l => l.TryGetProperty("tapEn", out var en) && en.ValueKind == JsonValueKind.String);
        Assert.Equal(("in", "点了“收到”，确认收到通知“周五上午体检，请空腹”", "Tapped \"Got it\" for the notice \"周五上午体检，请空腹\""),
            (press.GetProperty("direction").GetString(), press.GetProperty("text").GetString(), press.GetProperty("tapEn").GetString()));
        Assert.DoesNotContain(transcript, l => l.GetProperty("text").GetString()!.Contains(id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pressing_the_button_or_typing_收到_confirms_and_names_the_notice_and_confirming_twice_is_harmless()
    {
        var (host, sink, id, received) = await SentAsync();
        await using var _ = host;
        await using var __ = sink;

        var pressed = await ReplyAsync(host, sink, Press(sink, "u1", ConfirmValue(received["u1"])));
        var pressedAgain = await ReplyAsync(host, sink, Press(sink, "u1", ConfirmValue(received["u1"])));
        var typed = await ReplyAsync(host, sink, Say(sink, "u2", "收到！"));
        var english = await ReplyAsync(host, sink, Say(sink, "u3", "Got it"));
        var notice = await NoticeHost.GetAsync(host, id);

        Assert.Equal("已确认收到通知“周五上午体检，请空腹”，谢谢！", pressed);
        Assert.Contains("已确认过", pressedAgain, StringComparison.Ordinal);
        Assert.Equal("已确认收到通知“周五上午体检，请空腹”，谢谢！", typed);
        Assert.Equal("Confirmed: you got the notice \"Health check on Friday m…\". Thank you!", english);
        Assert.Equal(3, notice.GetProperty("confirmed").GetInt64());

        // Nothing left to confirm: "收到" again is answered as already done and confirms nothing new.
        var again = await ReplyAsync(host, sink, Say(sink, "u2", "收到"));
        Assert.Equal("您已确认过收到通知“周五上午体检，请空腹”，无需再次确认。", again);
        Assert.Equal(3, (await NoticeHost.GetAsync(host, id)).GetProperty("confirmed").GetInt64());

        // A member who never had a notice to confirm: "收到" is an ordinary message, left to the other routes.
        var stranger = await ReplyAsync(host, sink, Say(sink, "u9", "收到"));
        Assert.DoesNotContain("已确认", stranger, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_report_shows_each_member_and_staff_remind_only_the_unconfirmed_once()
    {
        var (host, sink, id, received) = await SentAsync();
        await using var _ = host;
        await using var __ = sink;
        await ReplyAsync(host, sink, Press(sink, "u1", ConfirmValue(received["u1"])));

        var report = await host.Admin.GetFromJsonAsync<JsonElement>($"api/admin/notices/{id}/receipts");
        var unconfirmed = await host.Admin.GetFromJsonAsync<JsonElement>($"api/admin/notices/{id}/receipts?state=unconfirmed&q=U3");
        var states = report.GetProperty("members").EnumerateArray().ToDictionary(m => m.GetProperty("member").GetString()!, m => m.GetProperty("state").GetString());

        Assert.Equal(new Dictionary<string, string?> { ["emulator/u1"] = "confirmed", ["emulator/u2"] = "unconfirmed", ["emulator/u3"] = "unconfirmed" }, states);
        Assert.Equal("emulator/u3", Assert.Single(unconfirmed.GetProperty("members").EnumerateArray()).GetProperty("member").GetString());

        var remind = await host.Admin.PostAsync($"api/admin/notices/{id}/receipts/remind", null);
        var round = await remind.Content.ReadFromJsonAsync<JsonElement>();
        var reminders = await NoticeHost.ReceiveAsync(sink, 2);

        Assert.Equal(HttpStatusCode.OK, remind.StatusCode);
        Assert.Equal(2, round.GetProperty("reminded").GetInt64());
        Assert.Equal(["conv-u2", "conv-u3"], reminders.Select(r => r.Activity.Conversation!.Id!).Order());
        Assert.True(await sink.StaysQuietAsync(TimeSpan.FromSeconds(1)), "a member was reminded twice in one round");

        // The reminder's own button confirms the original notice; then nobody is left to remind.
        var u2 = reminders.Single(r => r.Activity.Conversation!.Id == "conv-u2");
        Assert.StartsWith("【提醒】", u2.Activity.Text, StringComparison.Ordinal);
        Assert.Contains("已确认收到通知", await ReplyAsync(host, sink, Press(sink, "u2", ConfirmValue(u2))), StringComparison.Ordinal);
        Assert.Contains("Confirmed", await ReplyAsync(host, sink, Say(sink, "u3", "got it")), StringComparison.Ordinal);
        var none = await (await host.Admin.PostAsync($"api/admin/notices/{id}/receipts/remind", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, none.GetProperty("reminded").GetInt64());
        Assert.True(await sink.StaysQuietAsync(TimeSpan.FromSeconds(1)));

        var audit = await host.Admin.GetFromJsonAsync<JsonElement>("api/admin/audit");
        Assert.Contains("receipts/remind", audit.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_csv_lists_every_member_with_their_state()
    {
        var (host, sink, id, received) = await SentAsync();
        await using var _ = host;
        await using var __ = sink;
        await ReplyAsync(host, sink, Press(sink, "u1", ConfirmValue(received["u1"])));

        var response = await host.Admin.GetAsync($"api/admin/notices/{id}/receipts.csv");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(4, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("\"emulator/u1\",\"\",\"\",\"已确认 confirmed\"", csv, StringComparison.Ordinal);
        Assert.Contains("\"emulator/u2\",\"\",\"\",\"已送达未确认 delivered, not confirmed\"", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_automatic_reminder_is_kept_on_the_persistent_schedule_when_the_notice_fires()
    {
        var (host, sink, id, _) = await SentAsync(remindAfterHours: 3);
        await using var __ = host;
        await using var ___ = sink;

        var notice = await NoticeHost.GetAsync(host, id);

        Assert.Equal(3, notice.GetProperty("remindAfterHours").GetDouble());
        // The firing schedules the reminder after the deliveries were queued, so a member may have it before the trigger exists.
        var reminders = $"QRTZ_TRIGGERS WHERE TRIGGER_GROUP = 'receipt-reminders' AND TRIGGER_NAME = '{id}'";
        for (var wait = 0; wait < 100 && host.Count(reminders) == 0; wait++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(1L, host.Count(reminders));
    }
}
