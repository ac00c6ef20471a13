using EngageBot.TestKit;
using Microsoft.Extensions.DependencyInjection;
using static EngageBot.Features.Tests.Channels.Tencent.OfficialVectors;

namespace EngageBot.Features.Tests.Channels.WeCom;

/// <summary>The whole service with the WeCom app channel on, qyapi.weixin.qq.com stubbed on loopback, and a WeCom pusher.</summary>
public sealed class WeComHost : IAsyncDisposable
{
    private WeComHost(BotHost host, WeComApiStub stub)
    {
        Host = host;
        Stub = stub;
        Push = new WeComPush(host.Http);
    }

    public BotHost Host { get; }

    public WeComApiStub Stub { get; }

    public WeComPush Push { get; }

    /// <param name="settings">Extra settings; the value "{stub}" stands for the stub's base URL.</param>
    public static async Task<WeComHost> StartAsync(Action<IServiceCollection>? services = null, IDictionary<string, string?>? settings = null)
    {
        var stub = await WeComApiStub.StartAsync(WeComCorpId);
        var values = WeComPush.Settings(stub.BaseUrl.ToString());
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value == "{stub}" ? stub.BaseUrl.ToString() : value;
        }

        var host = await BotHost.StartAsync(settings: values, configure: builder =>
        {
            services?.Invoke(builder.Services);
        });
        return new WeComHost(host, stub);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Stub.DisposeAsync();
    }
}
