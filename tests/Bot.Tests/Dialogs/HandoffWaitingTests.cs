using EngageBot.Features.Handoff;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Dialogs;

/// <summary>
/// A member waiting for staff is never left in silence, transcript style, in Chinese and English: told when a person
/// will reply (office hours, evenings, holidays), answered by the assistant when the bot is sure, acknowledged once,
/// able to use commands and go back to the bot, and returned to the bot when nobody answers in time.
/// </summary>
public sealed class HandoffWaitingTests : IAsyncLifetime
{
    private static readonly DateTimeOffset WednesdayMorning = ManualClock.Shanghai(2026, 12, 2, 10, 0);
    private static readonly DateTimeOffset WednesdayEvening = ManualClock.Shanghai(2026, 12, 2, 20, 0);
    private readonly ManualClock _clock = new(WednesdayMorning);
    private ChannelSink _sink = null!;
    private BotHost _bot = null!;

    private HandoffService Handoff => _bot.Services.GetRequiredService<HandoffService>();

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
    public async Task In_office_hours_the_member_is_told_a_person_replies_now()
    {
        await StartAsync();
        await Zh.ExpectAsync("转人工", "工单号 T", "现在是工作时间，工作人员会尽快在这里回复您", "发送“结束人工”回到小助手");
        await En.ExpectAsync("talk to a person", "ticket T", "Staff are at their desks now", "send \"back to bot\"");
    }

    [Fact]
    public async Task Out_of_hours_the_member_is_told_a_person_replies_at_nine_tomorrow()
    {
        _clock.Set(WednesdayEvening);
        await StartAsync();
        await Zh.ExpectAsync("转人工", "现在是下班时间，工作人员明天（12月3日 周四）9:00 上班后会尽快回复您");
        await En.ExpectAsync("talk to a person", "Staff are off duty now; a person will reply after 9:00 tomorrow (Thu 3 Dec)");
        var ticket = (await Handoff.ListOpenAsync(CancellationToken.None))[0];
        Assert.Equal(ManualClock.Shanghai(2026, 12, 3, 9, 0) + TimeSpan.FromHours(4), ticket.ReturnAt);
    }

    [Fact]
    public async Task Before_a_holiday_the_member_is_told_the_next_working_day()
    {
        _clock.Set(WednesdayEvening);
        await StartAsync(("Handoff:Holidays:0", "2026-12-03"));
        await Zh.ExpectAsync("转人工", "工作人员12月4日 周五 9:00 上班后（之前是休息日）会尽快回复您");
        await En.ExpectAsync("talk to a person", "a person will reply after 9:00 on Fri 4 Dec");
    }

    [Fact]
    public async Task While_waiting_the_assistant_still_answers_what_it_is_sure_of_and_commands_work()
    {
        await StartAsync();
        await Zh.SendAsync("转人工");
        await Zh.ExpectAsync("孩子喂奶的地方", "（智能助手）", "母婴关爱室", "仍在等待工作人员回复");
        await Zh.ExpectAsync("帮助", "我可以帮您");
        await En.SendAsync("talk to a person");
        await En.ExpectAsync("where can I breastfeed at work", "(Assistant)", "Nursing rooms", "still open");
        await En.ExpectAsync("help", "I can help you");

        Assert.All(await Handoff.ListOpenAsync(CancellationToken.None), t => Assert.Equal(0, t.MemberMessages));
    }

    [Fact]
    public async Task Other_messages_go_to_staff_and_are_acknowledged_once()
    {
        await StartAsync();
        await Zh.SendAsync("转人工");
        await Zh.ExpectAsync("我的情况比较复杂，三言两语说不清", "收到，已转给工作人员。现在是工作时间", "不逐条回复");
        Assert.Empty(await Zh.SendAsync("你们在吗"));
        await En.SendAsync("talk to a person");
        await En.ExpectAsync("my situation is complicated, hard to explain here", "Got it, I've passed that to the staff.", "without replying each time");
        Assert.Empty(await En.SendAsync("hello? anyone there"));

        Assert.All(await Handoff.ListOpenAsync(CancellationToken.None), t => Assert.Equal(2, t.MemberMessages));
    }

    [Fact]
    public async Task The_back_to_bot_command_ends_the_hand_off()
    {
        await StartAsync();
        await Zh.SendAsync("转人工");
        await Zh.ExpectAsync("结束人工", "已结束人工服务");
        await Zh.ExpectAsync("你好", "有什么可以帮您");
        await En.SendAsync("talk to a person");
        await En.ExpectAsync("back to bot", "you're back with the bot");

        Assert.Empty(await Handoff.ListOpenAsync(CancellationToken.None));
    }

    [Fact]
    public async Task An_unanswered_hand_off_returns_to_the_bot_after_the_set_time_and_the_member_is_told_even_after_a_restart()
    {
        var databasePath = BotHost.NewDatabasePath();
        await StartAsync(databasePath, ("Handoff:ReturnToBotAfter", "02:00:00"));
        await Zh.SendAsync("转人工");
        await En.SendAsync("talk to a person");
        await _bot.DisposeAsync();
        _bot = null!;

        await StartAsync(databasePath, ("Handoff:ReturnToBotAfter", "02:00:00"));
        var returns = _bot.Services.GetRequiredService<HandoffReturns>();
        _clock.Advance(TimeSpan.FromHours(2) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await returns.RunAsync(CancellationToken.None));
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(2, await returns.RunAsync(CancellationToken.None));

        var told = new[] { await _sink.NextAsync(), await _sink.NextAsync() }.Select(r => r.Activity.Text).ToList();
        Assert.Contains(told, t => t!.Contains("工作人员暂时没能回复您，已为您回到小助手", StringComparison.Ordinal));
        Assert.Contains(told, t => t!.Contains("you're back with the bot", StringComparison.Ordinal));
        Assert.Empty(await Handoff.ListOpenAsync(CancellationToken.None));
        await Zh.ExpectAsync("我的情况比较复杂，三言两语说不清", "超出了我能回答的范围");
        await En.ExpectAsync("where can I breastfeed at work", "Nursing rooms");
    }

    [Fact]
    public async Task A_hand_off_staff_answered_does_not_return_to_the_bot()
    {
        await StartAsync();
        await Zh.SendAsync("转人工");
        var ticket = (await Handoff.ListOpenAsync(CancellationToken.None))[0];
        await Handoff.ReplyAsync(ticket.Id, "李老师", "您好", CancellationToken.None);
        await _sink.NextAsync();

        _clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal(0, await _bot.Services.GetRequiredService<HandoffReturns>().RunAsync(CancellationToken.None));
        Assert.Single(await Handoff.ListOpenAsync(CancellationToken.None));
    }

    private ConversationScript Zh => new(_bot, _sink.ServiceUrl, "conv-zh", "member-zh");

    private ConversationScript En => new(_bot, _sink.ServiceUrl, "conv-en", "member-en");

    private Task StartAsync(params (string Key, string Value)[] settings) => StartAsync(null, settings);

    private async Task StartAsync(string? databasePath, params (string Key, string Value)[] settings) =>
        _bot = await BotHost.StartAsync(databasePath, settings.ToDictionary(s => s.Key, s => (string?)s.Value),
            b => b.Services.AddSingleton<TimeProvider>(_clock));
}
