using EngageBot.Core.Privacy;
using EngageBot.Features.Channels.DirectLine;
using EngageBot.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Features.Groups;

/// <summary>Group chats on the built-in channel: groups and members, the @mention, 接龙 and the admin endpoints.</summary>
public static class GroupsModule
{
    public static IServiceCollection AddGroups(this IServiceCollection services)
    {
        services.AddSingleton(new SchemaScripts(typeof(GroupsModule).Assembly));
        services.AddSingleton<IPersonalData, GroupsPersonalData>();
        services.AddSingleton<IPersonalData, ChainPersonalData>();
        services.AddSingleton<GroupStore>();
        services.AddSingleton<IGroupChannel, DirectLineGroupChannel>();
        services.AddSingleton<GroupService>();
        services.AddSingleton<IGroupMembership>(sp => sp.GetRequiredService<GroupService>());
        services.AddSingleton<GroupMentionMiddleware>();
        services.AddSingleton<ActivityChain>();
        services.AddSingleton<ChainRoute>();
        return services;
    }

    public static IEndpointRouteBuilder MapGroups(this IEndpointRouteBuilder app)
    {
        app.MapAdminGroupsApi();
        app.MapGroupChainApi();
        return app;
    }
}
