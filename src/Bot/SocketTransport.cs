using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;

namespace EngageBot.Bot;

/// <summary>
/// Kestrel's socket transport settings from configuration (<c>Kestrel:Sockets</c>, e.g.
/// <c>Kestrel__Sockets__UnsafePreferInlineScheduling=true</c>), so how it hands a connection's reads and writes to the
/// thread pool can be compared on a running service without a rebuild (bench/README.md, twenty-second session).
/// Nothing is set by default: Kestrel's own defaults apply.
/// </summary>
internal static class SocketTransport
{
    public static IServiceCollection AddSocketTransportSettings(this IServiceCollection services, IConfiguration configuration) =>
        services.Configure<SocketTransportOptions>(configuration.GetSection("Kestrel:Sockets"));
}
