using EngageBot.Core.Protocol;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Cluster;

/// <summary>Members talking to a cluster through a Connector channel (the loopback sink), and waiting for what it received.</summary>
internal static class ClusterActivities
{
    /// <summary>A button press (postBack) by <paramref name="member"/> in their 1:1 conversation dm-{member}.</summary>
    public static Activity PostBack(string serviceUrl, string member, string action, string activityId) =>
        Activities.Message(serviceUrl, string.Empty, conversationId: "dm-" + member, userId: member, id: "press-" + member) with
        {
            Text = null,
            From = new ChannelAccount { Id = member, Name = "会员" + member },
            Value = BotHost.Json($$"""{"action":"{{action}}","activityId":"{{activityId}}"}"""),
        };

    /// <summary>Waits until the sink holds at least <paramref name="count"/> activities (a minute at most); returns them all.</summary>
    public static async Task<IReadOnlyList<ReceivedActivity>> WaitForAsync(ChannelSink sink, int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (sink.All.Count < count && !timeout.IsCancellationRequested)
        {
            await Task.Delay(50);
        }

        return [.. sink.All];
    }

    /// <summary>True when, once what the sink already queued is read, nothing more arrives within <paramref name="wait"/>.</summary>
    public static async Task<bool> NothingMoreAsync(ChannelSink sink, TimeSpan wait)
    {
        while (true)
        {
            try
            {
                await sink.NextAsync(TimeSpan.FromMilliseconds(20));
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return await sink.StaysQuietAsync(wait);
    }
}
