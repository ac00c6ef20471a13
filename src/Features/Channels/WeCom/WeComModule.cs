using EngageBot.Core.Turns;
using EngageBot.Features.Channels.WeCom.AiBot;
using EngageBot.Features.Channels.WeCom.Robots;
using EngageBot.Features.Notices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.WeCom;

/// <summary>The WeCom self-built app channel (<c>/api/wecom/callback</c>, its sender and API client), group robots and the intelligent robot.</summary>
public static class WeComModule
{
    public static IServiceCollection AddWeCom(this IServiceCollection services)
    {
        services.AddOptions<WeComOptions>().BindConfiguration(WeComOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WeComOptions>, WeComOptionsValidator>();
        services.AddHttpClient(WeComApiClient.HttpClientName);
        services.AddSingleton<WeComApiClient>();
        services.AddSingleton<WeComCallback>();
        services.AddSingleton<WeComOAuth>();
        services.AddSingleton<WeComAutoBinding>();
        services.AddSingleton<WeComBindPrompt>();
        services.AddSingleton<WeComSender>();
        services.AddSingleton<IActivitySender>(sp => sp.GetRequiredService<WeComSender>());

        // Group robots: webhooks staff register per WeCom group.
        services.AddOptions<WeComRobotOptions>().BindConfiguration(WeComRobotOptions.Section)
            .Validate(o => o.WebhookBaseUrl.IsAbsoluteUri && o.MessagesPerMinute > 0, "WeCom:Robots needs an absolute WebhookBaseUrl and MessagesPerMinute above zero.")
            .Validate(o => o.MemberPageUrl is null || (o.MemberPageUrl.IsAbsoluteUri && o.MemberPageUrl.Scheme is "https" or "http"),
                "WeCom:Robots:MemberPageUrl must be the service's public http(s) address, e.g. https://union.example.cn/.")
            .ValidateOnStart();
        services.AddSingleton<RobotSignUpLink>();
        services.AddHttpClient(WeComRobotSender.HttpClientName);
        services.AddSingleton<WeComRobotStore>();
        services.AddSingleton<RobotRateLimiter>();
        services.AddSingleton<WeComRobotSender>();
        services.AddSingleton<IActivitySender>(sp => sp.GetRequiredService<WeComRobotSender>());
        services.AddSingleton<IAudienceSource, WeComRobotAudience>();
        services.AddWeComAiBot(); // the intelligent robot: 接龙 and questions in WeCom groups
        return services;
    }
}
