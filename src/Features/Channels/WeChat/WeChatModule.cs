using EngageBot.Core.Privacy;
using EngageBot.Core.Turns;
using EngageBot.Features.Channels.WeChat.Followers;
using EngageBot.Features.Channels.WeChat.Passive;
using EngageBot.Features.Channels.WeChat.Templates;
using EngageBot.Features.Notices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.WeChat;

/// <summary>The WeChat Official Account (公众号) channel: <c>/api/wechat</c>, its sender and its API client.</summary>
public static class WeChatModule
{
    public static IServiceCollection AddWeChat(this IServiceCollection services)
    {
        services.AddOptions<WeChatOptions>().BindConfiguration(WeChatOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WeChatOptions>, WeChatOptionsValidator>();
        services.AddHttpClient(WeChatApiClient.HttpClientName);
        services.AddSingleton<WeChatApiClient>();
        services.AddSingleton<WeChatCallback>();
        services.AddSingleton<WeChatOAuth>();
        services.AddSingleton<IPersonalData, PassiveRepliesPersonalData>();
        services.AddSingleton<PassiveSlots>();
        services.AddSingleton<KeptPassiveReplies>();
        services.AddSingleton<WeChatTurns>();
        services.AddSingleton<WeChatSender>();
        services.AddSingleton<IActivitySender>(sp => sp.GetRequiredService<WeChatSender>());
        services.AddSingleton<FollowState>();
        services.AddSingleton<IPersonalData, FollowStatePersonalData>();
        services.AddSingleton<TemplateCatalog>();
        services.AddSingleton<NoticeTemplateStore>();
        services.AddSingleton<NoticeTemplateValues>();
        services.AddSingleton<NoticeTemplateCheck>();
        services.AddSingleton<OutsideWindowSender>();
        services.AddSingleton<INoticeDraftPart, WeChatNoticeDraftPart>();
        return services;
    }
}
