using EngageBot.Bot.Tests.Groups;
using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;
using EngageBot.TestKit;
using Microsoft.AspNetCore.Builder;

namespace EngageBot.Bot.Tests.Dialogs;

/// <summary>Multi-turn dialogs through the real pipeline: prompts, choices, validation, interruptions, cancel, expiry.</summary>
public sealed class DialogFlowTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 18, 2, 0, 0, TimeSpan.Zero));
    private ChannelSink _sink = null!;
    private BotHost _bot = null!;
    private ConversationScript _chat = null!;

    public async Task InitializeAsync()
    {
        _sink = await ChannelSink.StartAsync();
        _bot = await StartAsync(BotHost.NewDatabasePath(), TrialDialog.Create(), _clock);
        _chat = new ConversationScript(_bot, _sink.ServiceUrl);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _sink.DisposeAsync();
    }

    internal static Task<BotHost> StartAsync(string databasePath, IDialog? dialog, TimeProvider clock) =>
        BotHost.StartAsync(databasePath, configure: builder => Register(builder, dialog, clock));

    private static void Register(WebApplicationBuilder builder, IDialog? dialog, TimeProvider clock)
    {
        builder.Services.AddSingleton(clock);
        builder.Services.AddSingleton<IBotRoute, TrialRoute>();
        if (dialog is not null)
        {
            builder.Services.AddSingleton(dialog);
        }
    }

    [Fact]
    public async Task A_flow_runs_from_choice_to_confirmation()
    {
        var first = await _chat.ExpectAsync("体验课登记", "想体验哪个俱乐部？", "1. 瑜伽", "2. 书画", "3. 摄影", "回复序号或名称即可");
        Assert.Equal(["瑜伽", "书画", "摄影"], first[0].SuggestedActions!.Actions.Select(a => a.Title));

        await _chat.ExpectAsync("2", "请留一个手机号");
        await _chat.ExpectAsync("138 0013 8000", "确认登记书画体验课，手机 13800138000？", "1. 确认", "2. 不了");
        await _chat.ExpectAsync("好的", "已登记：书画体验课");

        var after = await _chat.SendAsync("2");
        Assert.DoesNotContain("手机号", ConversationScript.Text(after), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_choice_is_taken_by_name_and_no_at_confirmation_goes_back_to_the_start()
    {
        await _chat.SendAsync("体验课登记");
        await _chat.ExpectAsync("我想试试摄影", "请留一个手机号");
        await _chat.SendAsync("13900000000");
        await _chat.ExpectAsync("不可以", "想体验哪个俱乐部？");
        await _chat.ExpectAsync("瑜伽", "请留一个手机号");
    }

    [Fact]
    public async Task English_members_get_the_prompts_in_English_and_can_answer_by_name()
    {
        await _chat.ExpectAsync("trial class form", "Which club would you like to try?", "1. Yoga", "Reply with the number or the name");
        await _chat.ExpectAsync("Calligraphy", "Please leave a mobile number");
    }

    [Fact]
    public async Task Bad_input_is_explained_and_the_same_question_asked_again()
    {
        await _chat.SendAsync("体验课登记");
        await _chat.ExpectAsync("7", "没看懂您的选择", "1. 瑜伽", "发送“取消”可退出");
        await _chat.SendAsync("1");
        await _chat.ExpectAsync("12345", "手机号应该是 1 开头的 11 位数字。", "请留一个手机号");
        await _chat.ExpectAsync("13800138000", "确认登记瑜伽体验课");
    }

    [Fact]
    public async Task A_question_mid_flow_is_answered_and_the_flow_resumes()
    {
        await _chat.SendAsync("体验课登记");
        await _chat.SendAsync("1");

        // the mutual-aid answer (its overview or, since session 22, its claim steps: 报销 is the claim's word) comes first
        var replies = await _chat.ExpectAsync("生病住院能报销吗", "互助", "我们接着刚才的“体验课登记”：", "请留一个手机号");
        Assert.StartsWith("我们接着刚才的", replies[^1].Text, StringComparison.Ordinal);

        await _chat.ExpectAsync("帮助", "我可以帮您", "我们接着刚才的“体验课登记”：");
        await _chat.ExpectAsync("13800138000", "确认登记瑜伽体验课");
    }

    [Fact]
    public async Task Cancel_leaves_the_flow()
    {
        await _chat.SendAsync("体验课登记");
        await _chat.SendAsync("1");
        await _chat.ExpectAsync("算了", "已退出“体验课登记”");

        var after = await _chat.SendAsync("13800138000");
        Assert.DoesNotContain("确认登记", ConversationScript.Text(after), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_flow_expires_and_the_message_is_handled_as_new()
    {
        await _chat.SendAsync("体验课登记");
        _clock.Advance(TimeSpan.FromMinutes(31));

        var replies = await _chat.ExpectAsync("孩子喂奶的地方", "已自动结束", "母婴关爱室");
        Assert.DoesNotContain("想体验哪个俱乐部", ConversationScript.Text(replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_flow_within_the_timeout_continues()
    {
        await _chat.SendAsync("体验课登记");
        _clock.Advance(TimeSpan.FromMinutes(29));
        await _chat.ExpectAsync("3", "请留一个手机号");
    }
}
