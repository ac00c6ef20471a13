using EngageBot.Bot.Tests.SignUps;
using EngageBot.Core.Protocol;

namespace EngageBot.Bot.Tests.Outbox;

/// <summary>
/// A turn slow enough to show "typing…" while the channel is down: the indicator promises nothing, so its failure
/// must not fail the turn; the sign-up is stored and its answer waits in the outbox until the channel is back.
/// </summary>
public sealed class TypingDuringOutageTests
{
    [Fact]
    public async Task A_typing_indicator_the_channel_refuses_does_not_fail_the_turn_and_the_answer_arrives_later()
    {
        var settings = OutboxSettings.Fast(inFlight: 4);
        settings["Turns:TypingDelay"] = "00:00:00"; // every turn is "slow": typing goes out mid-turn
        await using var host = await SignUpTestHost.StartAsync(settings: settings);
        var activityId = await host.CreateActivityAsync(capacity: 5, startsIn: TimeSpan.FromDays(3));

        host.Sink.Down = true;
        using var response = await host.Bot.PostActivityAsync(host.PostBack("t1", "signup", activityId));
        host.Sink.Down = false;
        await OutboxSettings.TickUntilAsync(host.Clock, () => host.Sink.All.Any(r => r.Activity.Type == ActivityTypes.Message));

        Assert.True(response.IsSuccessStatusCode, $"the turn answered {(int)response.StatusCode}");
        var answer = Assert.Single(host.Sink.All, r => r.Activity.Type == ActivityTypes.Message);
        Assert.StartsWith("报名成功", answer.Activity.Text, StringComparison.Ordinal);
    }
}
