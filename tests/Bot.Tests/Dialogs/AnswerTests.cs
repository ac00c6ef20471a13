using System.Text.Json;
using EngageBot.Bot.Tests.Groups;
using EngageBot.Features.Knowledge;
using EngageBot.Features.SignUps;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Dialogs;

/// <summary>Knowledge answers, clarifying, out-of-scope and activity cards through the real pipeline.</summary>
public sealed class AnswerTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 18, 2, 0, 0, TimeSpan.Zero)); // Wednesday
    private ChannelSink _sink = null!;
    private BotHost _bot = null!;
    private ConversationScript _chat = null!;
    private FakeDirectory _directory = null!;

    public async Task InitializeAsync()
    {
        _sink = await ChannelSink.StartAsync();
        _directory = new FakeDirectory(_clock);
        _bot = await BotHost.StartAsync(configure: builder =>
        {
            builder.Services.AddSingleton<TimeProvider>(_clock);
            builder.Services.AddSingleton<IActivityDirectory>(_directory);
        });
        _chat = new ConversationScript(_bot, _sink.ServiceUrl);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _sink.DisposeAsync();
    }

    [Fact]
    public async Task A_colloquial_question_gets_the_answer_with_related_topics_as_buttons()
    {
        var replies = await _chat.ExpectAsync("娘家人能帮我打官司吗", "法律援助", "12351");
        var buttons = replies[0].SuggestedActions!.Actions.Select(a => a.Title).ToList();
        Assert.Contains("被拖欠工资怎么办", buttons);
        Assert.Contains("劳动仲裁怎么申请", buttons);

        await _chat.ExpectAsync("劳动仲裁怎么申请", "仲裁委员会", "一年");
    }

    [Fact]
    public async Task An_English_question_is_answered_in_English()
    {
        var replies = await _chat.ExpectAsync("I lost my member card", "Report it at once");
        Assert.Equal("en-US", replies[0].Locale);
    }

    [Fact]
    public async Task A_club_answer_carries_schedule_place_and_contact()
    {
        var replies = await _chat.ExpectAsync("太极拳在哪学", "太极拳俱乐部", "🕒 时间：每周六、周日 7:30–8:30", "📍 地点：区工人文化宫广场", "☎ 联系：");
        Assert.Equal("近期活动", replies[0].SuggestedActions!.Actions[0].Title);
    }

    [Fact]
    public async Task An_unclear_question_offers_the_closest_topics_and_a_person_instead_of_guessing()
    {
        // A medical subsidy is as close to mutual aid as to hardship help: two close topics, so it asks. (职工心理热线是多少
        // was the example until the learned second opinion became sure it is counselling.)
        // ("保障" alone now gets the mutual-aid overview: a family word without a sibling's cue goes to the parent.)
        var replies = await _chat.ExpectAsync("职工看病有补助吗", "我不太确定您想问哪一个");
        var buttons = replies[0].SuggestedActions!.Actions.Select(a => a.Title).ToList();
        Assert.InRange(buttons.Count, 2, 4);
        Assert.Equal("转人工", buttons[^1]);
    }

    [Fact]
    public async Task A_guess_is_not_asked_back_but_offered_beside_the_fallback()
    {
        // 丢了 and 体检 are side words here (a hospital's paper): the honest fallback, the guesses one tap away
        var replies = await _chat.ExpectAsync("体检单丢了，能重新打印吗", "超出了我能回答的范围", "如果您问的是下面的工会服务");
        var buttons = replies[0].SuggestedActions!.Actions.Select(a => a.Title).ToList();
        Assert.Contains("职工体检", buttons);
        Assert.Equal("转人工", buttons[^1]);
    }

    [Fact]
    public async Task Out_of_scope_talk_gets_a_polite_fallback()
    {
        await _chat.ExpectAsync("帮我写首诗", "超出了我能回答的范围", "转人工");
        await _chat.ExpectAsync("which stocks should I buy", "outside what I can help with");
    }

    [Fact]
    public async Task This_weekend_lists_activities_as_cards_with_a_sign_up_post_back()
    {
        var replies = await _chat.ExpectAsync("这周末有什么活动", "这周末的活动：");

        Assert.Equal(new DateOnly(2026, 11, 21), _directory.LastRange!.From);
        Assert.Equal(new DateOnly(2026, 11, 22), _directory.LastRange.To);
        var card = Assert.Single(replies[0].Attachments!);
        Assert.Equal(ActivityCardRenderer.HeroCardType, card.ContentType);
        var content = card.Content!.Value;
        Assert.Equal("周六书法体验课", content.GetProperty("title").GetString());
        Assert.Equal("11月21日 周六 09:30–11:30", content.GetProperty("subtitle").GetString());
        Assert.Contains("剩余名额：3", content.GetProperty("text").GetString(), StringComparison.Ordinal);
        var button = content.GetProperty("buttons")[0];
        Assert.Equal("postBack", button.GetProperty("type").GetString());
        Assert.Equal("""{"action":"signup","activityId":"act-42"}""", button.GetProperty("value").GetRawText());
    }

    [Fact]
    public async Task Unsubscribe_and_subscribe_are_remembered_for_the_member()
    {
        await _chat.ExpectAsync("退订通知", "已为您退订活动通知");
        await _chat.ExpectAsync("订阅通知", "已为您开启活动通知");
    }

    private sealed class FakeDirectory(TimeProvider clock) : IActivityDirectory
    {
        public TimeRange? LastRange { get; private set; }

        public Task<IReadOnlyList<ActivityCard>> ListUpcomingAsync(TimeRange? range, string? topicId, CancellationToken cancellationToken)
        {
            LastRange = range;
            var saturday = clock.GetUtcNow().AddDays(3).AddHours(-0.5); // Sat 21 Nov 01:30 UTC = 09:30 Beijing
            IReadOnlyList<ActivityCard> cards = [new("act-42", "周六书法体验课", saturday, saturday.AddHours(2), "区工人文化宫书画室", 3)];
            return Task.FromResult(cards);
        }
    }
}
