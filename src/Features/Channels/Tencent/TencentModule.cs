using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EngageBot.Features.Channels.Tencent;

/// <summary>What the WeChat and WeCom channels share: the access token cache and its table.</summary>
public static class TencentModule
{
    public static IServiceCollection AddTencentApis(this IServiceCollection services)
    {
        services.TryAddSingleton<AccessTokenStore>();
        services.TryAddSingleton<AccessTokenCache>();
        if (!services.Any(d => d.ServiceType == typeof(DetachedTurns)))
        {
            services.AddSingleton<DetachedTurns>();
            services.AddHostedService(sp => sp.GetRequiredService<DetachedTurns>());
        }

        return services;
    }
}
