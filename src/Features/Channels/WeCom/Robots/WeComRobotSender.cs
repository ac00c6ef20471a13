using EngageBot.Core.Protocol;
using EngageBot.Core.Turns;
using EngageBot.Features.Channels.Tencent;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.WeCom.Robots;

/// <summary>
/// Posts to a WeCom group through its robot's webhook (<see cref="RobotPost"/>: markdown, a notice's sign-up as a
/// link). The conversation id is the robot's name; its webhook key comes from <see cref="WeComRobotStore"/>. At most
/// 20 messages a minute per robot leave, counted across instances (<see cref="RobotRateLimiter"/>; the rest are
/// retried by the outbox after Retry-After); WeCom's own frequency answer (45009) is a 429 too.
/// </summary>
public sealed class WeComRobotSender(
    IHttpClientFactory httpClients, WeComRobotStore robots, RobotRateLimiter limiter, RobotSignUpLink links, IOptions<WeComRobotOptions> options) : IActivitySender
{
    public const string ChannelId = "wecom-robot";
    public const string HttpClientName = "wecom-robot";

    public bool Handles(ConversationReference reference) => reference.ChannelId == ChannelId;

    public async Task<string?> SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken)
    {
        var name = reference.Conversation.Id ?? throw new InvalidOperationException("A robot reference names its robot.");
        if (activity.Type != ActivityTypes.Message || RobotPost.Build(activity, links.For, options.Value.SignUpAs) is not { } body)
        {
            return null;
        }

        var key = await robots.GetKeyAsync(name, cancellationToken)
            ?? throw new InvalidOperationException("The robot is no longer registered.");
        await limiter.TakeAsync(name, options.Value.MessagesPerMinute, cancellationToken);
        using var http = httpClients.CreateClient(HttpClientName);
        var uri = new Uri(options.Value.WebhookBaseUrl, $"cgi-bin/webhook/send?key={Uri.EscapeDataString(key)}");
        using var content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(uri, content, cancellationToken);
        var code = TencentApi.ErrorCode(await TencentApi.ReadAsync(response, cancellationToken));
        return code == 0 ? null : throw new TencentApiException(code);
    }
}
