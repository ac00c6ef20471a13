using System.Globalization;

namespace EngageBot.Bench;

/// <summary>
/// The service under test: one process on its own SQLite file, or <c>N</c> processes on one fresh PostgreSQL database
/// (each its own process, loopback port and pool). Clustered (<c>Cluster:Enabled</c>, one DirectLine:Secret, a node
/// name each) when asked, as several instances must be. The first instance migrates the schema; the others start once
/// it answers /readyz. CPU, disk, allocations and memory are summed over the instances.
/// </summary>
public sealed class ServiceCluster : IAsyncDisposable
{
    private readonly List<ServiceProcess> _instances = [];

    private ServiceCluster(string? connectionString, DbStatements? statements)
    {
        ConnectionString = connectionString;
        Statements = statements;
    }

    public IReadOnlyList<ServiceProcess> Instances => _instances;

    public IReadOnlyList<Uri> BaseAddresses => [.. _instances.Select(i => i.BaseAddress)];

    /// <summary>The PostgreSQL database the instances share (null on SQLite).</summary>
    public string? ConnectionString { get; }

    /// <summary>Statement and transaction counts of that database (null on SQLite).</summary>
    public DbStatements? Statements { get; }

    public static async Task<ServiceCluster> StartAsync(
        string dll, BenchOptions options, BenchPostgres? postgres, int instances, bool clustered)
    {
        var environment = new Dictionary<string, string>();
        string? connectionString = null;
        if (postgres is not null)
        {
            connectionString = await postgres.CreateDatabaseAsync(
                "bench_" + Guid.NewGuid().ToString("N")[..12], options.PoolSize);
            if (options.PostgresSettings.Length > 0)
            {
                connectionString += ";" + options.PostgresSettings;
            }

            environment["Storage__Provider"] = "Postgres";
            environment["ConnectionStrings__EngageBot"] = connectionString;
        }

        if (clustered)
        {
            environment["Cluster__Enabled"] = "true";
            environment["DirectLine__Secret"] = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N");
        }

        foreach (var (name, value) in options.ServiceEnvironment)
        {
            environment[name] = value; // the command line's --env wins
        }

        var cluster = new ServiceCluster(connectionString,
            connectionString is null ? null : new DbStatements(connectionString, postgres!.HasStatements));
        try
        {
            for (var i = 0; i < instances; i++)
            {
                var mine = new Dictionary<string, string>(environment);
                if (clustered && !options.ServiceEnvironment.ContainsKey("Cluster__NodeName"))
                {
                    mine["Cluster__NodeName"] = "node" + i.ToString(CultureInfo.InvariantCulture);
                }

                cluster._instances.Add(await ServiceProcess.StartAsync(dll, mine, CancellationToken.None));
            }
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }

        return cluster;
    }

    public string Describe() => string.Join(", ", _instances.Select(i => Invariant($"pid {i.Id} {i.BaseAddress}")));

    public double CpuSeconds() => _instances.Sum(i => i.CpuSeconds());

    public (long Voluntary, long Involuntary) ContextSwitches()
    {
        var all = _instances.Select(i => i.ContextSwitches()).ToList();
        return (all.Sum(s => s.Voluntary), all.Sum(s => s.Involuntary));
    }

    public long WrittenBytes(string field) => _instances.Sum(i => i.WrittenBytes(field));

    public double ReadMemoryMiB(string field) => _instances.Sum(i => i.ReadMemoryMiB(field));

    public async Task<double> AllocatedBytesAsync(HttpClient http)
    {
        var total = 0.0;
        foreach (var instance in _instances)
        {
            total += await ServiceMetrics.AllocatedBytesAsync(http, instance.BaseAddress);
        }

        return total;
    }

    public Task<Dictionary<string, double>> SqliteAsync(HttpClient http) => SumAsync(http, ServiceMetrics.SqliteAsync);

    public Task<Dictionary<string, double>> ReadingsAsync(HttpClient http) => SumAsync(http, ServiceMetrics.ReadingsAsync);

    public Task<Dictionary<string, double>> RuntimeAsync(HttpClient http) => SumAsync(http, ServiceMetrics.RuntimeAsync);

    /// <summary>Named counts read from each instance's <c>/metrics</c>, added up over the instances.</summary>
    private async Task<Dictionary<string, double>> SumAsync(HttpClient http, Func<HttpClient, Uri, Task<Dictionary<string, double>>> read)
    {
        var total = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var instance in _instances)
        {
            foreach (var (name, count) in await read(http, instance.BaseAddress))
            {
                total[name] = total.GetValueOrDefault(name) + count;
            }
        }

        return total;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
