using System.Net;
using EngageBot.TestKit;
using EngageBot.Core.Limits;
using EngageBot.Core.Protocol;
using EngageBot.Core.Turns;
using EngageBot.Features.Channels.Tencent;
using EngageBot.Features.Channels.WeCom.Robots;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Features.Tests.Channels.WeCom;

public sealed class WeComRobotTests
{
    [Fact]
    public async Task The_limiter_allows_20_a_minute_per_robot_and_says_when_the_next_slot_frees()
    {
        var clock = new ManualClock();
        var limiter = new RobotRateLimiter(clock, new RateSlots(null!, new EngageBot.Infrastructure.ClusterRegistration(false), clock)); // one instance: memory only
        for (var i = 0; i < 20; i++)
        {
            await limiter.TakeAsync("一车间", 20, CancellationToken.None);
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => limiter.TakeAsync("一车间", 20, CancellationToken.None).AsTask());
        await limiter.TakeAsync("二车间", 20, CancellationToken.None);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(40), refused.Data["RetryAfter"]);
        clock.Advance(TimeSpan.FromSeconds(40));
        await limiter.TakeAsync("一车间", 20, CancellationToken.None);
    }

    [Fact]
    public async Task A_notice_to_a_robot_is_posted_to_its_webhook_as_markdown_and_the_21st_in_a_minute_waits()
    {
        await using var wecom = await WeComHost.StartAsync(settings: new Dictionary<string, string?> { ["WeCom:Robots:WebhookBaseUrl"] = "{stub}" });
        wecom.Stub.Robots["robot-key-1"] = new();
        var store = wecom.Host.Services.GetRequiredService<WeComRobotStore>();
        await store.SaveAsync("一车间职工群", "robot-key-1", "admin", DateTimeOffset.UtcNow, CancellationToken.None);
        var router = wecom.Host.Services.GetRequiredService<OutboundRouter>();

        for (var i = 1; i <= 20; i++)
        {
            await router.SendAsync(Robot("一车间职工群"), Notice($"第{i}条通知"), CancellationToken.None);
        }

        var limited = await Assert.ThrowsAsync<HttpRequestException>(
            () => router.SendAsync(Robot("一车间职工群"), Notice("第21条通知"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.IsType<TimeSpan>(limited.Data["RetryAfter"]);
        Assert.Equal(20, wecom.Stub.RobotMessages.Count);
        var first = wecom.Stub.RobotMessages.First();
        Assert.Equal("markdown", first["msgtype"]!.GetValue<string>());
        Assert.Equal("第1条通知", first["markdown"]!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task WeComs_own_frequency_answer_is_a_429_and_an_unknown_webhook_fails_for_good()
    {
        await using var wecom = await WeComHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["WeCom:Robots:WebhookBaseUrl"] = "{stub}",
            ["WeCom:Robots:MessagesPerMinute"] = "30",
        });
        wecom.Stub.Robots["robot-key-2"] = new();
        var store = wecom.Host.Services.GetRequiredService<WeComRobotStore>();
        await store.SaveAsync("瑜伽俱乐部", "robot-key-2", "admin", DateTimeOffset.UtcNow, CancellationToken.None);
        await store.SaveAsync("旧群", "robot-key-gone", "admin", DateTimeOffset.UtcNow, CancellationToken.None);
        var router = wecom.Host.Services.GetRequiredService<OutboundRouter>();
        for (var i = 0; i < 20; i++)
        {
            await router.SendAsync(Robot("瑜伽俱乐部"), Notice("通知"), CancellationToken.None);
        }

        var busy = await Assert.ThrowsAsync<TencentApiException>(() => router.SendAsync(Robot("瑜伽俱乐部"), Notice("通知"), CancellationToken.None));
        var gone = await Assert.ThrowsAsync<TencentApiException>(() => router.SendAsync(Robot("旧群"), Notice("通知"), CancellationToken.None));

        Assert.Equal((45009, HttpStatusCode.TooManyRequests), (busy.ErrorCode, busy.StatusCode!.Value));
        Assert.Equal((93000, HttpStatusCode.BadRequest), (gone.ErrorCode, gone.StatusCode!.Value));
    }

    private static ConversationReference Robot(string name) => new()
    {
        ChannelId = WeComRobotSender.ChannelId,
        Conversation = new ConversationAccount { Id = name, IsGroup = true },
    };

    private static Activity Notice(string text) => new() { Type = ActivityTypes.Message, Text = text };
}
