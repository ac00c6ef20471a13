using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Features.Channels.Tencent;

/// <summary>
/// What the WeChat and WeCom channels share: the access token cache and its table, and the turns that outlive
/// their callbacks. The host adds it once, before either channel.
/// </summary>
public static class TencentModule
{
    public static IServiceCollection AddTencentApis(this IServiceCollection services)
    {
        services.AddSingleton<AccessTokenStore>();
        services.AddSingleton<AccessTokenCache>();
        services.AddSingleton<DetachedTurns>();
        services.AddHostedService(sp => sp.GetRequiredService<DetachedTurns>());
        return services;
    }
}
