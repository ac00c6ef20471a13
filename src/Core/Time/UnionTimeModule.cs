using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EngageBot.Core.Time;

/// <summary>The one local-time setting and the <see cref="UnionTime"/> every feature converts through.</summary>
public static class UnionTimeModule
{
    public static IServiceCollection AddUnionTime(this IServiceCollection services)
    {
        services.AddOptions<UnionTimeOptions>().BindConfiguration(UnionTimeOptions.Section)
            .Configure<IConfiguration>(ObsoleteTimeKeys.Apply)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<UnionTimeOptions>, UnionTimeOptionsValidator>();
        services.AddSingleton(sp => UnionTime.For(sp.GetRequiredService<IOptions<UnionTimeOptions>>().Value.TimeZone));
        services.AddHostedService<ObsoleteTimeKeysWarning>();
        return services;
    }
}
