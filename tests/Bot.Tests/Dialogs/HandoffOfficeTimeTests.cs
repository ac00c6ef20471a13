using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.Features.Handoff;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Dialogs;

/// <summary>
/// An unanswered hand-off returns to the bot after <c>Handoff:ReturnToBotAfter</c> of office time (9:00–17:30, Monday to
/// Friday, Shanghai; 2026-12-02 is a Wednesday), never in the night before anyone was on duty; the member is told
/// when a person will reply and, when it returns, that they are back with the bot, in Chinese and English; a returned
/// ticket leaves the console's inbox, which shows how long each member has waited.
/// </summary>
public sealed class HandoffOfficeTimeTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new(ManualClock.Shanghai(2026, 12, 2, 16, 0));
    private ChannelSink _sink = null!;
    private BotHost _bot = null!;

    public async Task InitializeAsync() => _sink = await ChannelSink.StartAsync();

    public async Task DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }

        await _sink.DisposeAsync();
    }

    [Fact]
    public async Task Opened_an_hour_and_a_half_before_closing_it_returns_the_next_morning_not_in_the_evening()
    {
        await StartAsync();
        // The opening message says when the conversation returns to the bot (ReturnToBotAfter of office time).
        await Zh.ExpectAsync("转人工", "现在是工作时间", "如果到明天（12月3日 周四）11:30 仍没有工作人员回复，会自动为您回到小助手。");
        await En.ExpectAsync("talk to a person", "Staff are at their desks now", "If nobody has replied by 11:30 tomorrow (Thu 3 Dec), you'll be back with the bot automatically.");

        // 16:00–17:30 counts 1.5 h; 2.5 h more from Thursday 9:00.
        Assert.Equal(0, await SweepAtAsync(ManualClock.Shanghai(2026, 12, 2, 20, 0)));
        Assert.Equal(0, await SweepAtAsync(ManualClock.Shanghai(2026, 12, 3, 11, 29)));
        var inbox = await InboxAsync();
        Assert.Equal([19 * 3600 + 29 * 60, 19 * 3600 + 29 * 60], inbox.Select(t => t.WaitingSeconds));
        Assert.All(inbox, t => Assert.Equal(ManualClock.Shanghai(2026, 12, 3, 11, 30), t.ReturnAt));
        Assert.Equal(2, await SweepAtAsync(ManualClock.Shanghai(2026, 12, 3, 11, 30)));
        await ExpectToldBothAsync();
        Assert.Empty(await InboxAsync());

        // The "returned" list keeps them for staff to follow up; a reply still reaches the member, and the list says it was followed up.
        var returned = await _bot.Admin.GetFromJsonAsync<JsonElement>("api/admin/handoffs?filter=returned");
        Assert.Equal(2, returned.GetArrayLength());
        Assert.All(returned.EnumerateArray(), t => Assert.Equal(ManualClock.Shanghai(2026, 12, 3, 11, 30), t.GetProperty("returnedAt").GetDateTimeOffset()));
        Assert.DoesNotContain(returned.EnumerateArray(), Replied);
        var zhTicket = returned.EnumerateArray().Single(t => t.GetProperty("language").GetString() == "chinese").GetProperty("id").GetString();
        using (var reply = await _bot.Admin.PostAsJsonAsync($"api/admin/handoffs/{zhTicket}/reply", new { text = "您好，昨天的问题我来跟进一下。" }))
        {
            Assert.Equal(System.Net.HttpStatusCode.NoContent, reply.StatusCode);
        }

        Assert.EndsWith("您好，昨天的问题我来跟进一下。", (await _sink.NextAsync()).Activity.Text, StringComparison.Ordinal);
        var after = await _bot.Admin.GetFromJsonAsync<JsonElement>("api/admin/handoffs?filter=returned");
        Assert.Equal(1, after.EnumerateArray().Count(Replied));
        Assert.Empty(await InboxAsync()); // following up does not reopen it
        using var unknown = await _bot.Admin.GetAsync("api/admin/handoffs?filter=everything");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    // The view leaves out what is null: a ticket nobody answered has no firstReplyAt.
    private static bool Replied(JsonElement ticket) =>
        ticket.TryGetProperty("firstReplyAt", out var at) && at.ValueKind != JsonValueKind.Null;

    [Fact]
    public async Task Opened_on_friday_evening_it_waits_over_the_weekend_and_returns_four_office_hours_into_monday()
    {
        _clock.Set(ManualClock.Shanghai(2026, 12, 4, 20, 0));
        await StartAsync();
        await Zh.ExpectAsync("转人工", "工作人员12月7日 周一 9:00 上班后（之前是休息日）会尽快回复您", "如果到12月7日 周一 13:00 仍没有工作人员回复");
        await En.ExpectAsync("talk to a person", "a person will reply after 9:00 on Mon 7 Dec", "If nobody has replied by 13:00 on Mon 7 Dec");

        Assert.Equal(0, await SweepAtAsync(ManualClock.Shanghai(2026, 12, 5, 0, 0)));
        Assert.Equal(0, await SweepAtAsync(ManualClock.Shanghai(2026, 12, 7, 12, 59)));
        Assert.Equal(2, await SweepAtAsync(ManualClock.Shanghai(2026, 12, 7, 13, 0)));
        await ExpectToldBothAsync();
    }

    [Fact]
    public async Task A_configured_holiday_does_not_count_either()
    {
        _clock.Set(ManualClock.Shanghai(2026, 12, 4, 20, 0));
        await StartAsync(("Handoff:Holidays:0", "2026-12-07"));
        await Zh.ExpectAsync("转人工", "工作人员12月8日 周二 9:00 上班后（之前是休息日）会尽快回复您", "如果到12月8日 周二 13:00 仍没有工作人员回复");
        await En.ExpectAsync("talk to a person", "a person will reply after 9:00 on Tue 8 Dec", "If nobody has replied by 13:00 on Tue 8 Dec");

        Assert.Equal(0, await SweepAtAsync(ManualClock.Shanghai(2026, 12, 7, 13, 0)));
        Assert.Equal(0, await SweepAtAsync(ManualClock.Shanghai(2026, 12, 8, 12, 59)));
        Assert.Equal(2, await SweepAtAsync(ManualClock.Shanghai(2026, 12, 8, 13, 0)));
        await ExpectToldBothAsync();
        await Zh.ExpectAsync("孩子喂奶的地方", "母婴关爱室"); // back with the bot: no "（智能助手）" mark, no relay
    }

    private ConversationScript Zh => new(_bot, _sink.ServiceUrl, "conv-zh", "member-zh");

    private ConversationScript En => new(_bot, _sink.ServiceUrl, "conv-en", "member-en");

    /// <summary>Sets the clock and runs the return sweep once (the scheduled one waits an hour): how many returned.</summary>
    private Task<int> SweepAtAsync(DateTimeOffset now)
    {
        _clock.Set(now);
        return _bot.Services.GetRequiredService<HandoffReturns>().RunAsync(CancellationToken.None);
    }

    /// <summary>Both members were told, through the outbox, in their own language.</summary>
    private async Task ExpectToldBothAsync()
    {
        var told = new[] { await _sink.NextAsync(), await _sink.NextAsync() }.Select(r => r.Activity.Text!).ToList();
        Assert.Contains(told, t => t.Contains("工作人员暂时没能回复您，已为您回到小助手", StringComparison.Ordinal));
        Assert.Contains(told, t => t.Contains("no one on the staff could reply in time, so you're back with the bot", StringComparison.Ordinal));
    }

    /// <summary>The console's inbox: each open ticket's waiting time in seconds and when it returns to the bot.</summary>
    private async Task<List<(long WaitingSeconds, DateTimeOffset ReturnAt)>> InboxAsync()
    {
        var inbox = await _bot.Admin.GetFromJsonAsync<JsonElement>("api/admin/handoffs");
        return [.. inbox.EnumerateArray().Select(t => (t.GetProperty("waitingSeconds").GetInt64(), t.GetProperty("returnAt").GetDateTimeOffset()))];
    }

    private async Task StartAsync(params (string Key, string Value)[] settings)
    {
        var values = settings.ToDictionary(s => s.Key, s => (string?)s.Value);
        values["Handoff:ReturnCheckInterval"] = "01:00:00"; // the test runs the sweep itself
        _bot = await BotHost.StartAsync(settings: values, configure: b => b.Services.AddSingleton<TimeProvider>(_clock));
    }
}
