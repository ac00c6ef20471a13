using System.Net;
using System.Text.Json;
using EngageBot.Bot.Tests.Groups;
using EngageBot.Core.State;
using EngageBot.Core.Turns;
using EngageBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Bot.Tests.Turns;

/// <summary>How turns of one conversation, and turns that share a member's state, run side by side.</summary>
public sealed class TurnConcurrencyTests : IAsyncLifetime
{
    private ChannelSink _sink = null!;

    public async Task InitializeAsync() => _sink = await ChannelSink.StartAsync();

    public async Task DisposeAsync() => await _sink.DisposeAsync();

    [Fact]
    public async Task Twenty_concurrent_messages_in_one_conversation_run_one_at_a_time()
    {
        var bot = new CountingBot(state => state.Conversation);
        await using var host = await BotHost.StartAsync(configure: b => b.Services.AddSingleton<IBot>(bot));
        var activities = Enumerable.Range(1, 20).Select(i => Activities.Message(_sink.ServiceUrl, "+1", id: $"m{i:00}")).ToList();

        var responses = await Task.WhenAll(activities.Select(a => host.PostActivityAsync(a)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var replies = new List<ReceivedActivity>();
        for (var i = 0; i < 20; i++)
        {
            replies.Add(await _sink.NextAsync());
        }

        Assert.Equal(Enumerable.Range(1, 20).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), replies.Select(r => r.Activity.Text));
        Assert.Equal(bot.Attempts, replies.Select(r => r.Activity.ReplyToId)); // each reply left before the next turn began
        Assert.Equal(activities.Select(a => a.Id).Order(StringComparer.Ordinal), bot.Attempts.Order(StringComparer.Ordinal));
        Assert.True(await _sink.StaysQuietAsync(TimeSpan.FromMilliseconds(300)));
        Assert.Equal(20, await CounterAsync(host, "conversation/emulator/conv-1"));
    }

    [Fact]
    public async Task Waiting_turns_of_a_conversation_enter_in_the_order_they_arrived()
    {
        var gate = new ConversationGate();
        var entered = new List<int>();
        var first = await gate.EnterAsync(new ConversationKey("emulator", "c"), CancellationToken.None);
        var waiting = Enumerable.Range(1, 10).Select(async i =>
        {
            using var turn = await gate.EnterAsync(new ConversationKey("emulator", "c"), CancellationToken.None);
            lock (entered)
            {
                entered.Add(i);
            }
        }).ToList();
        using var other = await gate.EnterAsync(new ConversationKey("emulator", "other"), CancellationToken.None); // another conversation is not held up

        Assert.Empty(entered);
        first.Dispose();
        await Task.WhenAll(waiting);

        Assert.Equal(Enumerable.Range(1, 10), entered);
    }

    [Fact]
    public async Task Turns_racing_on_the_same_members_state_rerun_the_loser_on_fresh_state_and_send_only_the_winners_replies()
    {
        var bothRead = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var readers = 0;
        Task PauseUntilBothHaveRead()
        {
            // The first two attempts wait for each other, so both read the member's state before either saves.
            if (Interlocked.Increment(ref readers) == 2)
            {
                bothRead.TrySetResult();
            }

            return bothRead.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }

        var bot = new CountingBot(state => state.User, PauseUntilBothHaveRead);
        await using var host = await BotHost.StartAsync(configure: b => b.Services.AddSingleton<IBot>(bot));

        var responses = await Task.WhenAll(
            host.PostActivityAsync(Activities.Message(_sink.ServiceUrl, "+1", conversationId: "conv-a", id: "a1")),
            host.PostActivityAsync(Activities.Message(_sink.ServiceUrl, "+1", conversationId: "conv-b", id: "b1")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var replies = new[] { await _sink.NextAsync(), await _sink.NextAsync() };
        Assert.True(await _sink.StaysQuietAsync(TimeSpan.FromMilliseconds(300)));
        Assert.Equal(["1", "2"], replies.Select(r => r.Activity.Text).Order(StringComparer.Ordinal));
        Assert.Equal(["conv-a", "conv-b"], replies.Select(r => r.Activity.Conversation!.Id).Order(StringComparer.Ordinal));
        Assert.Equal(3, bot.Attempts.Count); // one attempt lost the race and ran again
        Assert.Equal(2, await CounterAsync(host, "user/emulator/user-1"));
        Assert.Equal(4, host.Count("transcript")); // the losing attempt's rows were rolled back
    }

    [Fact]
    public async Task A_turn_that_loses_every_state_race_is_refused_as_busy_with_nothing_saved_and_can_be_sent_again()
    {
        var bothRead = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var readers = 0;
        Task PauseUntilBothHaveRead()
        {
            if (Interlocked.Increment(ref readers) == 2)
            {
                bothRead.TrySetResult();
            }

            return bothRead.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }

        var bot = new CountingBot(state => state.User, PauseUntilBothHaveRead);
        await using var host = await BotHost.StartAsync(
            settings: new Dictionary<string, string?> { ["Turns:MaxAttempts"] = "1" },
            configure: b => b.Services.AddSingleton<IBot>(bot));
        var inA = Activities.Message(_sink.ServiceUrl, "+1", conversationId: "conv-a", id: "a1");
        var inB = Activities.Message(_sink.ServiceUrl, "+1", conversationId: "conv-b", id: "b1");

        var responses = await Task.WhenAll(host.PostActivityAsync(inA), host.PostActivityAsync(inB));

        var refused = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.ServiceUnavailable);
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(1), refused.Headers.RetryAfter?.Delta);
        Assert.Equal("1", (await _sink.NextAsync()).Activity.Text);
        Assert.True(await _sink.StaysQuietAsync(TimeSpan.FromMilliseconds(300)));
        Assert.Equal(2, host.Count("transcript"));
        Assert.Equal(1, host.Count("processed_activities"));

        var again = await host.PostActivityAsync(responses[0] == refused ? inA : inB);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("2", (await _sink.NextAsync()).Activity.Text);
    }

    [Fact]
    public async Task A_members_language_is_remembered_across_a_restart()
    {
        var path = BotHost.NewDatabasePath();
        await using (var before = await BotHost.StartAsync(path))
        {
            await before.PostActivityAsync(Activities.Message(_sink.ServiceUrl, "hello there"));
            Assert.Equal("en-US", (await _sink.NextAsync()).Activity.Locale);
        }

        await using var after = await BotHost.StartAsync(path);
        await after.PostActivityAsync(Activities.Message(_sink.ServiceUrl, "1"));
        await after.PostActivityAsync(Activities.Message(_sink.ServiceUrl, "1", conversationId: "conv-2", userId: "user-2"));

        var remembered = await _sink.NextAsync();
        Assert.Equal("en-US", remembered.Activity.Locale);
        Assert.Matches("[A-Za-z]{3}", remembered.Activity.Text);
        Assert.DoesNotMatch("[\u4e00-\u9fff]", remembered.Activity.Text);
        Assert.Equal("zh-CN", (await _sink.NextAsync()).Activity.Locale); // a member never heard from gets Chinese
    }

    private static async Task<int> CounterAsync(BotHost host, string key)
    {
        var stored = await host.Services.GetRequiredService<IStateStore>().ReadAsync([key], CancellationToken.None);
        using var json = JsonDocument.Parse(stored[key].Json);
        return json.RootElement.GetProperty(CountingBot.Counter.Name).GetInt32();
    }
}
