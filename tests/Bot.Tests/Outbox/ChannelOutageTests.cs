using EngageBot.Bot.Tests.SignUps;

namespace EngageBot.Bot.Tests.Outbox;

/// <summary>
/// The channel's endpoint drops every connection for a while during a burst of 1,000 sign-up presses, then
/// recovers: the replies that could not be delivered at once wait in the outbox and every member gets their answer.
/// </summary>
public sealed class ChannelOutageTests : IAsyncLifetime
{
    private const int Members = 1000;
    private const int InFlight = 32;

    // Every reply is parked with its turn's commit (parked_replies) and sent live; the ones that met the outage
    // were moved to the outbox for the dispatcher.
    private const string MetTheOutage = "outbox WHERE kind = 'message' AND (status <> 'sending' OR attempts > 0)";
    private SignUpTestHost _host = null!;

    public async Task InitializeAsync() => _host = await SignUpTestHost.StartAsync(settings: OutboxSettings.Fast(InFlight));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_thousand_presses_during_an_outage_each_get_their_answer_at_least_once_with_no_more_repeats_than_sends_in_flight()
    {
        var activityId = await _host.CreateActivityAsync(capacity: 20, startsIn: TimeSpan.FromDays(3));
        var members = Enumerable.Range(1, Members).Select(i => $"b{i:D4}").ToList();

        _host.Sink.Down = true;
        var presses = members.Select(m => Task.Run(() => _host.Bot.PostActivityAsync(_host.PostBack(m, "signup", activityId)))).ToList();
        for (var i = 0; i < 600 && _host.Bot.Count(MetTheOutage) < 100 && presses.Any(p => !p.IsCompleted); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(_host.Bot.Count(MetTheOutage) > 0, "some replies met the outage");
        _host.Sink.Down = false;
        var responses = await Task.WhenAll(presses);
        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode));

        await OutboxSettings.TickUntilAsync(_host.Clock, () => _host.Sink.All.Select(r => r.Activity.Recipient!.Id).Distinct().Count() == Members
            && _host.Bot.Count("outbox WHERE status IN ('pending', 'sending')") == 0);

        var byMember = _host.Sink.All.GroupBy(r => r.Activity.Recipient!.Id!).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(members.ToHashSet(), byMember.Keys.ToHashSet());
        Assert.InRange(_host.Sink.All.Count - Members, 0, InFlight);
        Assert.All(byMember.Values, answers => Assert.Single(answers.Select(a => a.Activity.Id).Distinct())); // a repeat carries the same key
        var first = byMember.Values.Select(a => a[0].Activity.Text!).ToList();
        Assert.Equal(20, first.Count(t => t.StartsWith("报名成功", StringComparison.Ordinal)));
        Assert.Equal(980, first.Count(t => t.Contains("已进入候补", StringComparison.Ordinal)));
        Assert.Equal(0, _host.Bot.Count("outbox WHERE kind = 'message' AND status <> 'sent'"));
    }
}
