using EngageBot.Bot.Tests.Groups;
using EngageBot.Core.Protocol;
using EngageBot.Core.State;
using EngageBot.Features.Handoff;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Dialogs;

/// <summary>
/// Hand-off to staff through the real pipeline, with staff replies delivered to a local Connector sink, on a
/// Wednesday morning in Shanghai (office hours; <see cref="HandoffWaitingTests"/> has the other times).
/// </summary>
public sealed class HandoffTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new(ManualClock.Shanghai(2026, 12, 2, 10, 0));
    private ChannelSink _sink = null!;
    private BotHost _bot = null!;
    private ConversationScript _chat = null!;

    private HandoffService Handoff => _bot.Services.GetRequiredService<HandoffService>();

    public async Task InitializeAsync()
    {
        _sink = await ChannelSink.StartAsync();
        _bot = await BotHost.StartAsync(configure: b => b.Services.AddSingleton<TimeProvider>(_clock));
        _chat = new ConversationScript(_bot, _sink.ServiceUrl);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _sink.DisposeAsync();
    }

    [Fact]
    public async Task Talk_to_a_person_opens_a_ticket_and_relays_until_the_member_returns_to_the_bot()
    {
        await _chat.ExpectAsync("转人工", "已为您转人工（工单号 T", "现在是工作时间", "12351", "结束人工");
        var ticket = Assert.Single(await Handoff.ListOpenAsync(CancellationToken.None));
        Assert.Equal(HandoffStatus.Waiting, ticket.Status);
        Assert.Equal(HandoffReason.Requested, ticket.Reason);
        Assert.Equal("王芳", ticket.MemberName);

        await _chat.ExpectAsync("我的情况比较复杂，三言两语说不清", "已转给工作人员");
        Assert.Empty(await _chat.SendAsync("你们在吗"));
        var relayed = await Handoff.GetAsync(ticket.Id, CancellationToken.None);
        Assert.Equal(2, relayed!.MemberMessages);
        var transcript = await Transcript();
        Assert.Contains(transcript, r => r.Direction == "in" && TextOf(r).Contains("三言两语说不清", StringComparison.Ordinal));

        await _chat.ExpectAsync("结束人工", "已结束人工服务");
        Assert.Empty(await Handoff.ListOpenAsync(CancellationToken.None));
        await _chat.ExpectAsync("你好", "有什么可以帮您");
    }

    [Fact]
    public async Task A_staff_reply_reaches_the_member_in_the_same_conversation_and_the_transcript()
    {
        await _chat.SendAsync("转人工");
        var ticket = Assert.Single(await Handoff.ListOpenAsync(CancellationToken.None));

        var result = await Handoff.ReplyAsync(ticket.Id, "李老师", "您好，请把劳动合同和工资条准备好。", CancellationToken.None);

        Assert.Equal(HandoffReplyResult.Sent, result);
        var received = await _sink.NextAsync();
        Assert.Equal($"/v3/conversations/{_chat.ConversationId}/activities", received.Path);
        Assert.Equal("【工会工作人员 · 李老师】您好，请把劳动合同和工资条准备好。", received.Activity.Text);
        Assert.Equal("member-1", received.Activity.Recipient?.Id);
        var answered = await Handoff.GetAsync(ticket.Id, CancellationToken.None);
        Assert.Equal(HandoffStatus.Answered, answered!.Status);
        Assert.NotNull(answered.FirstReplyAt);
        Assert.Contains(await Transcript(), r => r.Direction == "out" && TextOf(r).Contains("李老师", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Staff_closing_the_ticket_tells_the_member_and_the_bot_answers_again()
    {
        await _chat.SendAsync("talk to a person");
        var ticket = Assert.Single(await Handoff.ListOpenAsync(CancellationToken.None));

        Assert.True(await Handoff.CloseAsync(ticket.Id, "李老师", CancellationToken.None));

        var notice = await _sink.NextAsync();
        Assert.Contains("closed this conversation", notice.Activity.Text, StringComparison.Ordinal);
        await _chat.ExpectAsync("where can I breastfeed at work", "Nursing rooms");
        Assert.False(await Handoff.CloseAsync(ticket.Id, "李老师", CancellationToken.None));
    }

    [Fact]
    public async Task A_turn_rerun_after_losing_a_state_race_announces_the_ticket_its_first_attempt_opened()
    {
        var store = new LosesNextCommit();
        await using var bot = await BotHost.StartAsync(configure: b => b.Services
            .AddSingleton<TimeProvider>(_clock)
            .AddSingleton<IStateStore>(sp => store.Over(sp.GetRequiredService<StateStore>())));
        var chat = new ConversationScript(bot, _sink.ServiceUrl);
        store.Armed = true;

        // The first attempt opens the ticket, then its state write loses; the rerun finds that ticket. The member
        // was never told of it, so it is announced as opened, not as "already open".
        await chat.ExpectAsync("转人工", "已为您转人工（工单号 T");

        Assert.False(store.Armed);
        Assert.Single(await bot.Services.GetRequiredService<HandoffService>().ListOpenAsync(CancellationToken.None));
        await chat.ExpectAsync("转人工", "还在进行中"); // now the member knows it
    }

    [Fact]
    public async Task Two_misunderstandings_in_a_row_open_a_ticket()
    {
        await _chat.ExpectAsync("今天天气怎么样", "超出了我能回答的范围"); // off-topic: understood, not counted
        await _chat.ExpectAsync("哈哈哈哈", "超出了我能回答的范围");
        await _chat.ExpectAsync("呃呃呃呃", "一直没听明白", "工单号");

        var ticket = Assert.Single(await Handoff.ListOpenAsync(CancellationToken.None));
        Assert.Equal(HandoffReason.Misunderstood, ticket.Reason);
    }

    [Fact]
    public async Task An_understood_message_resets_the_misunderstanding_count()
    {
        await _chat.SendAsync("哈哈哈哈");
        await _chat.ExpectAsync("孩子喂奶的地方", "母婴关爱室");
        await _chat.ExpectAsync("呃呃呃呃", "超出了我能回答的范围");
        Assert.Empty(await Handoff.ListOpenAsync(CancellationToken.None));
    }

    [Fact]
    public async Task In_a_group_the_member_is_asked_to_message_privately_and_no_ticket_opens()
    {
        var activity = Activities.Message(_sink.ServiceUrl, "@小助手 转人工", "group-1") with
        {
            Conversation = new ConversationAccount { Id = "group-1", IsGroup = true },
            DeliveryMode = "expectReplies",
        };

        var response = await _bot.PostActivityAsync(activity);

        var body = await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync(response.Content, ProtocolJson.Default.ExpectedReplies);
        Assert.Contains("请私聊我", body!.Activities[0].Text, StringComparison.Ordinal);
        Assert.Empty(await Handoff.ListOpenAsync(CancellationToken.None));
    }

    [Fact]
    public async Task An_English_member_is_told_what_to_expect_in_English_and_staff_replies_are_labelled_in_English()
    {
        await _chat.ExpectAsync("I want to speak to a human", "ticket T", "Staff are at their desks now", "12351", "back to bot");
        var ticket = Assert.Single(await Handoff.ListOpenAsync(CancellationToken.None));

        await Handoff.ReplyAsync(ticket.Id, "Ms Li", "Hello, how can I help?", CancellationToken.None);

        Assert.Equal("[Union staff · Ms Li] Hello, how can I help?", (await _sink.NextAsync()).Activity.Text);
    }

    [Fact]
    public async Task Card_button_taps_are_not_misunderstandings()
    {
        var tap = BotHost.Json("""{"action":"signup","activityId":"act-42"}""");
        await _chat.SendAsync(null, tap);
        var replies = await _chat.SendAsync(null, tap);

        Assert.Contains("没有找到这个活动", ConversationScript.Text(replies), StringComparison.Ordinal);
        Assert.Empty(await Handoff.ListOpenAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Staff_replies_to_unknown_or_closed_tickets_or_without_text_change_nothing()
    {
        Assert.Equal(HandoffReplyResult.NotFound, await Handoff.ReplyAsync("T0000000", "李老师", "您好", CancellationToken.None));
        await _chat.SendAsync("转人工");
        var ticket = Assert.Single(await Handoff.ListOpenAsync(CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => Handoff.ReplyAsync(ticket.Id, "李老师", "  ", CancellationToken.None));
        await Handoff.CloseAsync(ticket.Id, "李老师", CancellationToken.None);
        await _sink.NextAsync();

        Assert.Equal(HandoffReplyResult.Closed, await Handoff.ReplyAsync(ticket.Id, "李老师", "您好", CancellationToken.None));
        Assert.True(await _sink.StaysQuietAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task Asking_twice_keeps_one_ticket()
    {
        await _chat.SendAsync("转人工");
        await _chat.SendAsync("结束人工");
        await _chat.SendAsync("转人工");
        Assert.Single(await Handoff.ListOpenAsync(CancellationToken.None));
        Assert.Equal(2, _bot.Count("handoff_tickets"));
    }

    private static string TextOf(TranscriptRecord record) =>
        System.Text.Json.JsonSerializer.Deserialize(record.Json, ProtocolJson.Default.Activity)?.Text ?? string.Empty;

    private Task<IReadOnlyList<TranscriptRecord>> Transcript() =>
        _bot.Services.GetRequiredService<IStateStore>().ReadTranscriptAsync(new ConversationKey("emulator", _chat.ConversationId), 0, 100, CancellationToken.None);

    /// <summary>A state store whose next commit, once armed, fails as if another writer had changed the state first.</summary>
    private sealed class LosesNextCommit
    {
        public volatile bool Armed;

        public IStateStore Over(IStateStore inner) => new Store(this, inner);

        private sealed class Store(LosesNextCommit owner, IStateStore inner) : IStateStore
        {
            public Task CommitAsync(TurnCommit commit, CancellationToken cancellationToken)
            {
                if (owner.Armed)
                {
                    owner.Armed = false;
                    throw new ETagConflictException("conversation");
                }

                return inner.CommitAsync(commit, cancellationToken);
            }

            public Task<IReadOnlyDictionary<string, StoredState>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
                inner.ReadAsync(keys, cancellationToken);

            public Task<bool> IsProcessedAsync(string activityKey, CancellationToken cancellationToken) => inner.IsProcessedAsync(activityKey, cancellationToken);

            public Task<TurnRead> ReadTurnAsync(IReadOnlyCollection<string> keys, string? activityKey, CancellationToken cancellationToken) =>
                inner.ReadTurnAsync(keys, activityKey, cancellationToken);

            public Task<IReadOnlyList<TranscriptRecord>> ReadTranscriptAsync(ConversationKey conversation, long afterId, int limit, CancellationToken cancellationToken) =>
                inner.ReadTranscriptAsync(conversation, afterId, limit, cancellationToken);

            public Task<ConversationReferenceRecord?> GetReferenceAsync(MemberKey member, ConversationKey conversation, CancellationToken cancellationToken) =>
                inner.GetReferenceAsync(member, conversation, cancellationToken);

            public Task<IReadOnlyList<string>> ReadServiceUrlsAsync(CancellationToken cancellationToken) => inner.ReadServiceUrlsAsync(cancellationToken);
        }
    }
}
