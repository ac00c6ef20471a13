using EngageBot.Bot.NativeHeap;
using EngageBot.Bot.Proxy;
using EngageBot.Bot.Telemetry;
using EngageBot.Core;
using EngageBot.Features.Channels.BotFramework;
using EngageBot.Features.Channels.DirectLine;
using EngageBot.Features.Channels.Tencent;
using EngageBot.Features.Channels.Tencent.Binding;
using EngageBot.Features.Channels.WeChat;
using EngageBot.Features.Channels.WeCom;
using EngageBot.Features.Dialogs;
using EngageBot.Features.Groups;
using EngageBot.Features.Handoff;
using EngageBot.Features.Knowledge;
using EngageBot.Features.Members;
using EngageBot.Features.Notices;
using EngageBot.Features.Operations;
using EngageBot.Features.Polls;
using EngageBot.Features.Privacy;
using EngageBot.Features.SignUps;
using EngageBot.Features.Staff;
using EngageBot.Infrastructure;
using Microsoft.Extensions.FileProviders;

namespace EngageBot.Bot;

/// <summary>The composition root: what the service is made of and which endpoints it serves.</summary>
public static class EngageBotApp
{
    /// <param name="configure">Lets tests and benchmarks override configuration or services before the app is built.</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        var services = builder.Services;
        var configuration = builder.Configuration;
        // Request lines carry credentials and personal ids in their query (a Direct Line streamUrl's t=, OAuth's
        // code=, WeChat's openid=): the two categories that print them stay at Warning whatever the configuration says.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Server.Kestrel.BadRequests", LogLevel.Warning);
        services.AddSingleton(TimeProvider.System);
        services.AddProblemDetails();
        services.AddTrustedProxies();
        services.AddSocketTransportSettings(configuration);
        services.AddStorage(configuration);
        // Hosted services start in registration order: the schema is brought up to date before any feature starts.
        services.AddHostedService<StorageInitializer>();
        services.AddCore();
        services.AddBotFramework(configuration);
        services.AddDialogs();
        services.AddKnowledge();
        services.AddHandoff();
        services.AddDirectLine();
        services.AddTencentApis();
        services.AddWeChat();
        services.AddWeCom();
        services.AddGroups();
        services.AddMembers();
        services.AddStaff(configuration);
        services.AddSignUps(configuration);
        services.AddNotices(configuration);
        services.AddPolls();
        services.AddOperations();
        services.AddPrivacy();
        services.AddBotPipeline();
        services.AddTelemetry(configuration);
        services.AddNativeHeap(configuration);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseTrustedProxies();
        app.MapDirectLine();
        app.MapStaff();
        app.MapBotFramework();
        app.MapWeChat();
        app.MapWeCom();
        app.MapChannelBindings();
        app.MapMembers();
        app.MapGroups();
        app.MapHandoff();
        app.MapKnowledge();
        app.MapSignUps();
        app.MapNotices();
        app.MapPolls();
        app.MapOperations();
        app.MapPrivacy();
        app.MapMetrics();
        app.MapWebRoot();
        return app;
    }

    /// <summary>
    /// The member page, its bundled Web Chat and the console pages, copied next to the assembly at build time so
    /// they are found whatever the working directory is. Mapped last: the console pages' guard runs before them.
    /// </summary>
    private static void MapWebRoot(this WebApplication app)
    {
        var webRoot = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (Directory.Exists(webRoot))
        {
            var files = new PhysicalFileProvider(webRoot);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }
    }
}
