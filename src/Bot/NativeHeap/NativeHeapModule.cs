using Microsoft.Extensions.Options;

namespace EngageBot.Bot.NativeHeap;

internal static class NativeHeapModule
{
    /// <summary>The collection after start (everywhere; its trim does nothing off glibc) and the periodic trim, on Linux only (elsewhere there is no glibc to trim).</summary>
    public static IServiceCollection AddNativeHeap(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NativeHeapOptions>()
            .Bind(configuration.GetSection(NativeHeapOptions.Section))
            .Validate(o => o.TrimEvery >= TimeSpan.Zero, "NativeHeap:TrimEvery must not be negative (zero turns the trim off).")
            .ValidateOnStart();
        services.AddSingleton(sp => new StartupCollection(
            sp.GetRequiredService<IOptions<NativeHeapOptions>>().Value, sp.GetRequiredService<IHostApplicationLifetime>(), Glibc.Trim));
        services.AddHostedService(sp => sp.GetRequiredService<StartupCollection>());
        if (OperatingSystem.IsLinux())
        {
            services.AddSingleton(sp => new MallocTrim(
                sp.GetRequiredService<IOptions<NativeHeapOptions>>().Value, sp.GetRequiredService<TimeProvider>(), Glibc.Trim));
            services.AddHostedService(sp => sp.GetRequiredService<MallocTrim>());
        }

        return services;
    }
}
