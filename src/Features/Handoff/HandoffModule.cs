using EngageBot.Core.Privacy;
using EngageBot.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Features.Handoff;

/// <summary>Hand-off to staff: tickets, the relay route and the console's inbox endpoints.</summary>
public static class HandoffModule
{
    public static IServiceCollection AddHandoff(this IServiceCollection services)
    {
        services.AddSingleton(new SchemaScripts(typeof(HandoffModule).Assembly));
        services.AddSingleton<IPersonalData, HandoffPersonalData>();
        services.AddSingleton<HandoffStore>();
        services.AddSingleton<HandoffService>();
        services.AddSingleton<HandoffRelayRoute>();
        return services;
    }

    public static IEndpointRouteBuilder MapHandoff(this IEndpointRouteBuilder app) => app.MapHandoffAdminApi();
}
