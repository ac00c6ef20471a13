using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.LoadBalancing;

// Round robin over the instances in FRONT_BACKENDS (comma-separated base URLs), WebSockets included. No affinity
// on purpose: any instance answers any request (README, "Several instances on one PostgreSQL"), so consecutive
// requests of one client landing on different instances shows it. An instance failing /readyz is skipped.
var backends = (Environment.GetEnvironmentVariable("FRONT_BACKENDS") ?? string.Empty)
    .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
if (backends.Length == 0)
{
    await Console.Error.WriteLineAsync("Set FRONT_BACKENDS, e.g. http://127.0.0.1:5080,http://127.0.0.1:5081");
    return 2;
}

var builder = WebApplication.CreateSlimBuilder(args);
builder.Services.AddReverseProxy().LoadFromMemory(
    [new RouteConfig { RouteId = "all", ClusterId = "engagebot", Match = new RouteMatch { Path = "{**rest}" } }],
    [new ClusterConfig
    {
        ClusterId = "engagebot",
        LoadBalancingPolicy = LoadBalancingPolicies.RoundRobin,
        HealthCheck = new HealthCheckConfig
        {
            Active = new ActiveHealthCheckConfig { Enabled = true, Interval = TimeSpan.FromSeconds(2), Timeout = TimeSpan.FromSeconds(2), Path = "/readyz" },
        },
        Destinations = backends.Select((address, i) => (address, i))
            .ToDictionary(b => "node" + b.i.ToString(System.Globalization.CultureInfo.InvariantCulture), b => new DestinationConfig { Address = b.address }),
    }]);
var app = builder.Build();
app.MapReverseProxy();
await app.RunAsync();
return 0;
