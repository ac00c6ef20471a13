using System.Net.Http.Json;
using EngageBot.Bot.Tests.Groups;
using EngageBot.Core.Protocol;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Turns;

/// <summary>Once a turn is committed, its replies go out: the activity will never run again to say them.</summary>
public sealed class ReplyDeliveryTests : IAsyncLifetime
{
    private ChannelSink _sink = null!;
    private BotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _sink = await ChannelSink.StartAsync();
        _bot = await BotHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Connector:BaseDelay"] = "00:00:01",
            ["Connector:MaxDelay"] = "00:00:01",
        });
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _sink.DisposeAsync();
    }

    [Fact]
    public async Task Replies_of_a_committed_turn_are_delivered_even_when_the_channel_hangs_up_meanwhile()
    {
        _sink.FailNext(503); // the first try fails, so delivery is still retrying when the channel hangs up
        using var hangUp = new CancellationTokenSource();
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = JsonContent.Create(Activities.Message(_sink.ServiceUrl, "help"), ProtocolJson.Default.Activity),
        };
        var post = _bot.Http.SendAsync(request, hangUp.Token);

        await WaitUntilAsync(() => _bot.Count("processed_activities") == 1);
        await hangUp.CancelAsync();

        var hungUp = false;
        try
        {
            using var response = await post;
        }
        catch (OperationCanceledException)
        {
            hungUp = true;
        }

        Assert.True(hungUp);
        var reply = await _sink.NextAsync();
        Assert.StartsWith("I can help you", reply.Activity.Text, StringComparison.Ordinal);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(TimeSpan.FromMilliseconds(5), timeout.Token);
        }
    }
}
