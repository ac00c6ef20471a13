using Microsoft.Extensions.Options;

namespace EngageBot.Infrastructure;

/// <summary>
/// <c>Cluster:Enabled</c>: several instances share one PostgreSQL and tell each other about new activities
/// (LISTEN/NOTIFY). Off, everything stays inside this process, as on SQLite.
/// </summary>
public sealed class ClusterOptions
{
    public const string Section = "Cluster";

    public bool Enabled { get; set; }
}

/// <summary>A cluster needs a database the instances share: PostgreSQL, not a SQLite file.</summary>
public sealed class ClusterOptionsValidator(IOptions<StorageOptions> storage) : IValidateOptions<ClusterOptions>
{
    public ValidateOptionsResult Validate(string? name, ClusterOptions options) =>
        options.Enabled && storage.Value.Provider != StorageProvider.Postgres
            ? ValidateOptionsResult.Fail("Cluster:Enabled needs Storage:Provider=Postgres: instances can share only a PostgreSQL database. Set the provider, or turn Cluster:Enabled off.")
            : ValidateOptionsResult.Success;
}
