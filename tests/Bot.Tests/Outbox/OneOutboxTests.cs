using EngageBot.Core.State;
using EngageBot.Bot.Tests.SignUps;
using EngageBot.Features.Handoff;
using EngageBot.Features.SignUps;

namespace EngageBot.Bot.Tests.Outbox;

/// <summary>A staff reply and a waitlist promotion to the same member wait in one outbox table and leave in order.</summary>
public sealed class OneOutboxTests : IAsyncLifetime
{
    private SignUpTestHost _host = null!;

    public async Task InitializeAsync() => _host = await SignUpTestHost.StartAsync(settings: OutboxSettings.Fast(8));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_hand_off_reply_and_a_promotion_go_through_the_same_outbox_and_arrive_once_in_order()
    {
        var activityId = await _host.CreateActivityAsync(capacity: 1, startsIn: TimeSpan.FromDays(3));
        Assert.StartsWith("报名成功", (await _host.SendAsync(_host.PostBack("p1", "signup", activityId))).Activity.Text, StringComparison.Ordinal);
        Assert.Contains("已进入候补", (await _host.SendAsync(_host.PostBack("h1", "signup", activityId))).Activity.Text, StringComparison.Ordinal);
        await _host.SayAsync("h1", "转人工");
        var handoff = _host.Bot.Services.GetRequiredService<HandoffService>();
        var ticket = Assert.Single(await handoff.ListOpenAsync(CancellationToken.None));

        _host.Sink.Down = true;
        Assert.Equal(HandoffReplyResult.Sent, await handoff.ReplyAsync(ticket.Id, "李老师", "您好，我们来帮您。", CancellationToken.None));
        var cancel = await _host.Bot.Services.GetRequiredService<SignUpService>()
            .CancelAsync(activityId, new MemberKey("emulator", "p1"), enforceDeadline: true, CancellationToken.None);
        Assert.Equal("h1", cancel.Promoted?.Member.UserId);

        // Both wait in the one table, for the same conversation, and the second queue is gone.
        await UntilAsync(() => _host.Bot.Count("outbox WHERE kind IN ('message', 'signup_promoted') AND attempts > 0") == 1);
        Assert.Equal(1, _host.Bot.Count("outbox WHERE kind = 'message' AND member_key = 'emulator/h1' AND status IN ('pending', 'sending')"));
        Assert.Equal(1, _host.Bot.Count("outbox WHERE kind = 'signup_promoted' AND member_key = 'emulator/h1' AND status IN ('pending', 'sending')"));
        Assert.Equal(0, _host.Bot.Count("sqlite_master WHERE name = 'signup_notices'"));

        _host.Sink.Down = false;
        await OutboxSettings.TickUntilAsync(_host.Clock, () => _host.Bot.Count("outbox WHERE status IN ('pending', 'sending')") == 0);

        var toMember = _host.Sink.All.Where(r => r.Activity.Recipient?.Id == "h1").Select(r => r.Activity.Text!).ToList();
        Assert.Equal(2, toMember.Count(t => t.Contains("李老师", StringComparison.Ordinal) || t.StartsWith("好消息", StringComparison.Ordinal)));
        var reply = toMember.FindIndex(t => t.Contains("李老师", StringComparison.Ordinal));
        var promotion = toMember.FindIndex(t => t.StartsWith("好消息", StringComparison.Ordinal));
        Assert.InRange(reply, 0, promotion - 1);
        Assert.Equal(2, _host.Bot.Count("outbox WHERE member_key = 'emulator/h1' AND status = 'sent'"));
    }

    private static async Task UntilAsync(Func<bool> done)
    {
        for (var i = 0; i < 600 && !done(); i++)
        {
            await Task.Delay(50);
        }
    }
}
