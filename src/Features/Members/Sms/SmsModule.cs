using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Members.Sms;

/// <summary>The SMS sender chosen by <c>Sms:Provider</c>, its queue and its start-up report. Under Development the default is File.</summary>
public static class SmsModule
{
    public static IServiceCollection AddSms(this IServiceCollection services)
    {
        services.AddOptions<SmsOptions>().BindConfiguration(SmsOptions.Section)
            .PostConfigure<IHostEnvironment>((options, environment) =>
            {
                if (options.Provider is null && environment.IsDevelopment())
                {
                    options.Provider = SmsProvider.File;
                }
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SmsOptions>, SmsOptionsValidator>();
        foreach (var name in new[] { TencentSmsSender.HttpClientName, AliyunSmsSender.HttpClientName })
        {
            services.AddHttpClient(name).ConfigureHttpClient((sp, client) => client.Timeout = sp.GetRequiredService<IOptions<SmsOptions>>().Value.Timeout);
        }

        services.AddSingleton<FileSmsSender>();
        services.AddSingleton<TencentSmsSender>();
        services.AddSingleton<AliyunSmsSender>();
        services.AddSingleton<ISmsSender>(sp => sp.GetRequiredService<IOptions<SmsOptions>>().Value.Provider switch
        {
            SmsProvider.File => sp.GetRequiredService<FileSmsSender>(),
            SmsProvider.Tencent => sp.GetRequiredService<TencentSmsSender>(),
            SmsProvider.Aliyun => sp.GetRequiredService<AliyunSmsSender>(),
            _ => new NoSmsSender(),
        });
        services.AddSingleton<SmsQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<SmsQueue>());
        services.AddHostedService<SmsStartupReport>();
        return services;
    }
}
