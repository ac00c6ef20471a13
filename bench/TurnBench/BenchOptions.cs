using System.Globalization;

namespace EngageBot.Bench;

/// <summary>Command-line settings: <c>--mode load|soak|notice</c>, the provider and instances, and the knobs of each.</summary>
public sealed record BenchOptions
{
    public string Mode { get; init; } = "load";

    /// <summary>Closed-loop in-flight turns; a list runs one measurement each.</summary>
    public IReadOnlyList<int> Concurrency { get; init; } = [32, 128];

    public int Users { get; init; } = 500;

    /// <summary>
    /// What the turns say (<see cref="TurnMix"/>): "real" (default), "help" (the old 帮助/help run), one kind's name, or
    /// "kinds" (each kind alone, then the mix); a comma list runs each in turn.
    /// </summary>
    public IReadOnlyList<string> Mixes { get; init; } = ["real"];

    /// <summary>True: every turn in a new conversation of its returning user; false: each user keeps one conversation.</summary>
    public bool FreshConversations { get; init; }

    /// <summary>
    /// True (<c>--user-order spread</c>, default): each worker visits its users in a shuffled order of its own, so the
    /// users in flight are scattered like real members; false (<c>in-turn</c>, the order before the nineteenth session):
    /// worker w sends for w, w+c, w+2c, …, so the users in flight have neighbouring numbers and keys.
    /// </summary>
    public bool SpreadUsers { get; init; } = true;

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(15);

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary><c>--settle N</c>: after the warm-up, up to N more seconds until the service's JIT is quiet (0: fixed warm-up).</summary>
    public TimeSpan SettleMax { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Soak: total length, turn rate (0 = unthrottled) and sampling interval.</summary>
    public TimeSpan SoakLength { get; init; } = TimeSpan.FromMinutes(10);

    public int SoakRate { get; init; } = 1000;

    public TimeSpan SampleEvery { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The service dll; by default the Release build next to this repository's src/Bot.</summary>
    public string? ServiceDll { get; init; }

    /// <summary>Where to write every measured turn as CSV (start offset and latency, ms), to see when slow turns happen.</summary>
    public string? SamplesFile { get; init; }

    /// <summary>Extra environment variables for the service process (<c>--env NAME=value</c>, repeatable), for A/B runs.</summary>
    public IReadOnlyDictionary<string, string> ServiceEnvironment { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// <c>--recognition-cache off</c>: the service recognises every message afresh. The mix's texts repeat, so with the
    /// cache on (the service's default) almost every turn's reading is a kept one; both figures are reported.
    /// </summary>
    public const string RecognitionCacheOff = "RecognitionCache__Size=0";

    /// <summary>Whether the service keeps readings of texts it saw (<see cref="RecognitionCacheOff"/> not given).</summary>
    public bool RecognitionCached => !ServiceEnvironment.TryGetValue("RecognitionCache__Size", out var size) || size != "0";

    /// <summary>"sqlite" (default: a file per run) or "postgres" (a throwaway server, a fresh database per run).</summary>
    public string Provider { get; init; } = "sqlite";

    /// <summary>Instances on one PostgreSQL database (<c>--instances 1,3</c>: one run each); turns go round robin over them.</summary>
    public IReadOnlyList<int> Instances { get; init; } = [1];

    /// <summary>Cluster:Enabled: "auto" (on when any run has more than one instance, so 1 and 3 compare alike), "on", "off".</summary>
    public string Cluster { get; init; } = "auto";

    /// <summary>Npgsql Maximum Pool Size per instance; null: the service's own default (PostgresPoolDefaults).</summary>
    public int? PoolSize { get; init; }

    /// <summary>
    /// <c>--wal recycled</c> (default): the throwaway server starts with WAL segments to recycle, as a server that has been
    /// running does (<see cref="BenchPostgres"/>); <c>--wal fresh</c>: every segment the run writes is created new.
    /// </summary>
    public bool RecycledWal { get; init; } = true;

    /// <summary>Appended to the service's PostgreSQL connection string (<c>--pg "Max Auto Prepare=0"</c>), for A/B runs of pool settings.</summary>
    public string PostgresSettings { get; init; } = string.Empty;

    /// <summary>Notice mode: members who get the notice.</summary>
    public int Recipients { get; init; } = 10_000;

    /// <summary>How many of the most frequent statements to list per measurement (PostgreSQL).</summary>
    public int TopStatements { get; init; } = 12;

    public bool Clustered => Cluster switch
    {
        "on" => true,
        "off" => false,
        _ => Instances.Any(n => n > 1),
    };

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--mode" => options with { Mode = value },
                "--concurrency" => options with { Concurrency = [.. value.Split(',').Select(Int)] },
                "--users" => options with { Users = Int(value) },
                "--mix" => options with { Mixes = [.. value.Split(',').SelectMany(m => m == "kinds" ? [.. Enum.GetNames<TurnKind>(), "real"] : new[] { m })] },
                "--conversations" => options with
                {
                    FreshConversations = value switch
                    {
                        "fresh" => true,
                        "returning" => false,
                        _ => throw new ArgumentException("--conversations: fresh or returning."),
                    },
                },
                "--user-order" => options with
                {
                    SpreadUsers = value switch
                    {
                        "spread" => true,
                        "in-turn" => false,
                        _ => throw new ArgumentException("--user-order: spread or in-turn."),
                    },
                },
                "--warmup" => options with { Warmup = TimeSpan.FromSeconds(Int(value)) },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(Int(value)) },
                "--settle" => options with { SettleMax = TimeSpan.FromSeconds(Int(value)) },
                "--minutes" => options with { SoakLength = TimeSpan.FromMinutes(double.Parse(value, CultureInfo.InvariantCulture)) },
                "--rate" => options with { SoakRate = Int(value) },
                "--sample" => options with { SampleEvery = TimeSpan.FromSeconds(Int(value)) },
                "--service" => options with { ServiceDll = value },
                "--samples" => options with { SamplesFile = value },
                "--provider" => options with { Provider = value is "sqlite" or "postgres" ? value : throw new ArgumentException("--provider: sqlite or postgres.") },
                "--instances" => options with { Instances = [.. value.Split(',').Select(Int)] },
                "--cluster" => options with { Cluster = value is "auto" or "on" or "off" ? value : throw new ArgumentException("--cluster: auto, on or off.") },
                "--pool" => options with { PoolSize = Int(value) },
                "--pg" => options with { PostgresSettings = value },
                "--wal" => options with { RecycledWal = value is "recycled" or "fresh" ? value == "recycled" : throw new ArgumentException("--wal: recycled or fresh.") },
                "--recipients" => options with { Recipients = Int(value) },
                "--top" => options with { TopStatements = Int(value) },
                "--env" => options with { ServiceEnvironment = WithEnv(options.ServiceEnvironment, value) },
                "--recognition-cache" => value switch
                {
                    "on" => options,
                    "off" => options with { ServiceEnvironment = WithEnv(options.ServiceEnvironment, RecognitionCacheOff) },
                    _ => throw new ArgumentException("--recognition-cache: on or off."),
                },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
            i++;
        }

        if (options.Provider == "sqlite" && (options.Instances.Any(n => n != 1) || options.Cluster == "on" || options.Mode == "notice"))
        {
            throw new ArgumentException("Several instances, --cluster on and --mode notice need --provider postgres (instances share only a PostgreSQL database).");
        }

        return options;
    }

    private static Dictionary<string, string> WithEnv(IReadOnlyDictionary<string, string> existing, string pair)
    {
        var split = pair.IndexOf('=', StringComparison.Ordinal);
        if (split <= 0)
        {
            throw new ArgumentException($"--env needs NAME=value, not '{pair}'.");
        }

        return new Dictionary<string, string>(existing) { [pair[..split]] = pair[(split + 1)..] };
    }

    private static int Int(string value) => int.Parse(value, CultureInfo.InvariantCulture);
}
