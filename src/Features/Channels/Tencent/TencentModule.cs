using EngageBot.Core.Privacy;
using EngageBot.Features.Channels.Tencent.Binding;
using EngageBot.Features.Notices;
using EngageBot.Features.Privacy;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Features.Channels.Tencent;

/// <summary>
/// What the WeChat and WeCom channels share: the access token cache and its table, the turns that outlive their
/// callbacks, and binding accounts to roster members (<c>Binding/</c>). The host adds it once, before either channel.
/// </summary>
public static class TencentModule
{
    public static IServiceCollection AddTencentApis(this IServiceCollection services)
    {
        services.AddSingleton<AccessTokenStore>();
        services.AddSingleton<AccessTokenCache>();
        services.AddSingleton<DetachedTurns>();
        services.AddHostedService(sp => sp.GetRequiredService<DetachedTurns>());
        services.AddSingleton<ChannelBindingStore>();
        services.AddSingleton<IDataSubjectLinks>(sp => sp.GetRequiredService<ChannelBindingStore>());
        services.AddSingleton<OAuthFlowStore>();
        services.AddSingleton<BoundSenders>();
        services.AddSingleton<IBoundAccounts, BoundAccountLookups>();
        services.AddSingleton<IPersonalData, BindingPersonalData>();
        return services;
    }
}
