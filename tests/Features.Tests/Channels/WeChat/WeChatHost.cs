using EngageBot.TestKit;
using EngageBot.Core.Turns;
using EngageBot.Features.Channels.WeChat;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Features.Tests.Channels.WeChat;

/// <summary>The whole service with the 公众号 channel on, api.weixin.qq.com stubbed on loopback, and a WeChat pusher.</summary>
public sealed class WeChatHost : IAsyncDisposable
{
    private readonly bool _ownsStub;

    private WeChatHost(BotHost host, WeChatApiStub stub, WeChatPush push, bool ownsStub)
    {
        _ownsStub = ownsStub;
        Host = host;
        Stub = stub;
        Push = push;
    }

    public BotHost Host { get; }

    public WeChatApiStub Stub { get; }

    public WeChatPush Push { get; }

    /// <param name="databasePath">An earlier host's database (a restart); a new one when null.</param>
    /// <param name="stub">An earlier host's WeChat stub, to keep (the restarted host does not dispose it); a new one when null.</param>
    public static async Task<WeChatHost> StartAsync(
        TimeSpan? window = null, Action<IServiceCollection>? services = null, IDictionary<string, string?>? settings = null,
        string? databasePath = null, WeChatApiStub? stub = null)
    {
        var ownsStub = stub is null;
        stub ??= await WeChatApiStub.StartAsync(TimeProvider.System);
        var values = WeChatPush.Settings(stub.BaseUrl.ToString(), window);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var host = await BotHost.StartAsync(databasePath, settings: values, configure: builder =>
        {
            services?.Invoke(builder.Services);
        });
        return new WeChatHost(host, stub, new WeChatPush(host.Http, stub, TimeProvider.System), ownsStub);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        if (_ownsStub)
        {
            await Stub.DisposeAsync();
        }
    }
}
