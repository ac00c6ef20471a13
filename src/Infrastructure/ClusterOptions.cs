using System.Runtime.CompilerServices;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace EngageBot.Infrastructure;

/// <summary>
/// <c>Cluster:…</c>, the one switch for running several instances on one PostgreSQL: with <c>Enabled</c> the
/// instances tell each other about new activities (LISTEN/NOTIFY) and Quartz runs clustered (each firing on one
/// instance; a dead instance's firings are taken over after its check-ins stop). Off, everything stays inside
/// this process, as on SQLite.
/// </summary>
public sealed class ClusterOptions
{
    public const string Section = "Cluster";

    public bool Enabled { get; set; }

    /// <summary>How often an instance records that it is alive; a peer silent for twice this is taken over.</summary>
    public TimeSpan CheckInInterval { get; set; } = TimeSpan.FromSeconds(7.5);

    /// <summary>This instance's name in the cluster (Quartz instance id, LISTEN connection name); unique per instance.</summary>
    public string NodeName { get; set; } = Environment.MachineName + "-" + Guid.NewGuid().ToString("N")[..8];

    private static readonly ConditionalWeakTable<IConfiguration, ClusterOptions> Registered = [];

    /// <summary>
    /// The settings as read while services are registered (Quartz wants clustering said then), once per
    /// configuration, so a generated <see cref="NodeName"/> is the same for Quartz, the listener and the options.
    /// </summary>
    public static ClusterOptions Read(IConfiguration configuration) => Registered.GetValue(configuration, c =>
    {
        var options = new ClusterOptions();
        c.GetSection(Section).Bind(options);
        return options;
    });
}

/// <summary>Cluster:Enabled as it was when services were registered (what Quartz was told).</summary>
public sealed record ClusterRegistration(bool Enabled);

/// <summary>A cluster needs a database the instances share (PostgreSQL, not a SQLite file) and a sane check-in.</summary>
public sealed class ClusterOptionsValidator(IOptions<StorageOptions> storage, ClusterRegistration registration) : IValidateOptions<ClusterOptions>
{
    public ValidateOptionsResult Validate(string? name, ClusterOptions options) => new OptionsFailures()
        .Check(options.Enabled == registration.Enabled,
            "Cluster:Enabled changed after services were registered, and Quartz is clustered (or not) by the value it saw then: "
            + "set Cluster:Enabled in appsettings.json, the environment (Cluster__Enabled) or the command line, not in configuration added later.")
        .Check(!options.Enabled || storage.Value.Provider == StorageProvider.Postgres,
            "Cluster:Enabled needs Storage:Provider=Postgres: instances can share only a PostgreSQL database, never a SQLite file. Set the provider and ConnectionStrings:EngageBot, or turn Cluster:Enabled off.")
        .Check(options.CheckInInterval >= TimeSpan.FromMilliseconds(100) && options.CheckInInterval <= TimeSpan.FromMinutes(5),
            "Cluster:CheckInInterval must be between 00:00:00.1 and 00:05:00 (default 00:00:07.5).")
        .Check(!string.IsNullOrWhiteSpace(options.NodeName) && options.NodeName.Length <= 80,
            "Cluster:NodeName must be 1 to 80 characters, different on every instance (leave it unset for a generated one).")
        .Result;
}
