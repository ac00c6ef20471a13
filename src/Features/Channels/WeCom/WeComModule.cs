using EngageBot.Dialogs.Turns;
using EngageBot.Features.Channels.Tencent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.WeCom;

/// <summary>The WeCom self-built app channel: <c>/api/wecom/callback</c>, its sender and its API client.</summary>
public static class WeComModule
{
    public static IServiceCollection AddWeCom(this IServiceCollection services)
    {
        services.AddOptions<WeComOptions>().BindConfiguration(WeComOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WeComOptions>, WeComOptionsValidator>();
        services.AddTencentApis();
        services.AddHttpClient(WeComApiClient.HttpClientName);
        services.AddSingleton<WeComApiClient>();
        services.AddSingleton<WeComCallback>();
        services.AddSingleton<WeComSender>();
        services.AddSingleton<IActivitySender>(sp => sp.GetRequiredService<WeComSender>());
        return services;
    }
}
