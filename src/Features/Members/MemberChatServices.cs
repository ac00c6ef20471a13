using EngageBot.Core.Turns;
using EngageBot.Features.Channels.DirectLine;
using EngageBot.Features.Groups;
using EngageBot.Features.Knowledge;
using EngageBot.Features.Notices;
using EngageBot.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;

namespace EngageBot.Features.Members;

/// <summary>The member-facing side: the built-in Direct Line channel, groups, the member API and the chat page at <c>/</c>.</summary>
public static class MemberChatServices
{
    public static IServiceCollection AddMemberChat(this IServiceCollection services)
    {
        services.AddDirectLine();
        services.AddSingleton<GroupStore>();
        services.AddSingleton<IGroupChannel, DirectLineGroupChannel>();
        services.AddSingleton<GroupService>();
        services.AddSingleton<IGroupMembership>(sp => sp.GetRequiredService<GroupService>());
        // Before the locale middleware, so the language is judged on the text without the bot's @mention.
        var locale = services.Select((d, i) => (d, i)).FirstOrDefault(x => x.d.ImplementationType == typeof(LocaleMiddleware));
        var mention = ServiceDescriptor.Singleton<ITurnMiddleware, GroupMentionMiddleware>();
        if (locale.d is null)
        {
            services.Add(mention);
        }
        else
        {
            services.Insert(locale.i, mention);
        }

        services.AddSingleton<ActivityChain>();
        services.AddSingleton<IBotRoute, ChainRoute>();
        services.AddSingleton<IBotRoute, NoticeRoute>();
        services.AddSingleton<MemberAuthenticator>();
        return services;
    }

    public static WebApplication MapMemberChat(this WebApplication app)
    {
        app.MapDirectLine();
        app.MapMemberApi();
        app.MapAdminGroupsApi();

        // The page and its bundled Web Chat are copied next to the assembly at build time, so they are found
        // whatever the working directory is.
        var webRoot = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (Directory.Exists(webRoot))
        {
            var files = new PhysicalFileProvider(webRoot);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }

        return app;
    }
}
