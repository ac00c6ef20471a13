using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EngageBot.TestKit;

/// <summary>
/// A provider's HTTP API played on a loopback port for tests (SMS providers, WeChat, WeCom): a derived stub maps its
/// routes in <see cref="ListenAsync"/> and reads <see cref="BaseUrl"/> afterwards.
/// </summary>
public abstract class LoopbackStub : IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>The stub's address, with a trailing slash.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    protected async Task ListenAsync(Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        map(_app);
        await _app.StartAsync();
        BaseUrl = new Uri(_app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First().TrimEnd('/') + "/");
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
