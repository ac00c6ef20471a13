using EngageBot.Core.Privacy;
using EngageBot.Core.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Features.Channels.WeCom.AiBot;

/// <summary>WeCom's intelligent robot in group chats: <c>/api/wecom/aibot</c>, its reply streams and its sender.</summary>
public static class WeComAiBotModule
{
    public static IServiceCollection AddWeComAiBot(this IServiceCollection services)
    {
        services.AddOptions<WeComAiBotOptions>().BindConfiguration(WeComAiBotOptions.Section)
            .Validate(WeComAiBotOptions.IsValid,
                "WeCom:AiBot needs a 43-character EncodingAESKey, a PassiveReplyWindow between 0 and 5 seconds, a StreamLifetime of at least 6 minutes, a StreamWindow under 6 minutes, an absolute ResponseBaseUrl, a ResponseUrlLifetime of at most 1 hour and an absolute BindUrl (or none).")
            .ValidateOnStart();
        services.AddSingleton<WeComAiBotCallback>();
        services.AddSingleton<AiBotStreams>();
        services.AddHttpClient(AiBotResponses.HttpClientName).RemoveAllLoggers(); // the response_url is a one-use credential: no URL in logs
        services.AddSingleton<AiBotResponses>();
        services.AddSingleton<WeComAiBotTurns>();
        services.AddSingleton<WeComAiBotSender>();
        services.AddSingleton<IActivitySender>(sp => sp.GetRequiredService<WeComAiBotSender>());
        services.AddSingleton<IPersonalData, AiBotStreamsPersonalData>();
        return services;
    }
}
