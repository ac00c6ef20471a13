using EngageBot.Features.Channels.WeChat;
using EngageBot.Features.Channels.WeCom;
using EngageBot.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EngageBot.Features.Tests.Channels.WeChat;

/// <summary>
/// Until the host composes the channel modules itself (issue 11 layout), tests add them here: the module, its
/// endpoints through a startup filter, and its table.
/// </summary>
internal static class TestComposition
{
    public static void AddChannels(WebApplicationBuilder builder)
    {
        builder.Services.AddWeChat();
        builder.Services.AddWeCom();
        builder.Services.AddSingleton<IStartupFilter, MapFilter>();
        builder.Services.AddHostedService<TableCreator>();
    }

    private sealed class MapFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseRouting();
            app.UseEndpoints(e => e.MapWeChat().MapWeCom());
            next(app);
        };
    }

    private sealed class TableCreator(IDatabase database) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            foreach (var name in new[] { "110_tencent_access_tokens.sql", "111_wecom_robots.sql" })
            {
                var file = Path.Combine(AppContext.BaseDirectory, name);
                var sql = (await File.ReadAllTextAsync(file, cancellationToken)).Replace("CREATE TABLE", "CREATE TABLE IF NOT EXISTS", StringComparison.Ordinal);
                await database.WriteAsync(async (c, t) =>
                {
                    await using var command = c.Command(sql, t);
                    return await command.ExecuteNonQueryAsync(cancellationToken);
                }, cancellationToken);
            }
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
