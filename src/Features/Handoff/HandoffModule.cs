using EngageBot.Core.Privacy;
using EngageBot.Features.Channels.DirectLine;
using EngageBot.Features.Scheduling;
using EngageBot.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Handoff;

/// <summary>Hand-off to staff: office hours, tickets, the relay route, returns to the bot, live alerts and the inbox endpoints.</summary>
public static class HandoffModule
{
    public static IServiceCollection AddHandoff(this IServiceCollection services)
    {
        services.AddSingleton(new SchemaScripts(typeof(HandoffModule).Assembly));
        services.AddOptions<HandoffOptions>().BindConfiguration(HandoffOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<HandoffOptions>, HandoffOptionsValidator>();
        services.AddSingleton<IPersonalData, HandoffPersonalData>();
        services.AddSingleton<OfficeHours>();
        services.AddSingleton<HandoffAlerts>();
        services.AddSingleton<IClusterAlertListener>(sp => sp.GetRequiredService<HandoffAlerts>()); // consoles on other instances
        services.AddSingleton<HandoffStore>();
        services.AddSingleton<HandoffService>();
        services.AddSingleton<HandoffReturns>();
        services.AddTransient<HandoffReturnJob>();
        services.AddRepeatingJob<HandoffReturnJob, HandoffOptions>(HandoffReturnJob.Key, o => o.ReturnCheckInterval);
        services.AddSingleton<HandoffRelayRoute>();
        return services;
    }

    public static IEndpointRouteBuilder MapHandoff(this IEndpointRouteBuilder app) => app.MapHandoffAdminApi();
}
