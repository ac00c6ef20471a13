using System.Reflection;
using Microsoft.Extensions.Logging;

namespace EngageBot.Infrastructure;

/// <summary>
/// Applies the versioned scripts {Provider}/NNN_name.sql, embedded in the assemblies registered as <see cref="SchemaScripts"/>,
/// that the database has not seen yet, in global version order, each in its own transaction together with its row in schema_version.
/// </summary>
public sealed partial class SchemaMigrator(IDatabase database, IEnumerable<SchemaScripts> sources, TimeProvider clock, ILogger<SchemaMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await database.WriteAsync(async (connection, transaction) =>
        {
            await using var create = connection.Command(
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)",
                transaction);
            return await create.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

        foreach (var script in Scripts(sources, database.Provider))
        {
            await database.WriteAsync(async (connection, transaction) =>
            {
                if (database.Provider == StorageProvider.Postgres)
                {
                    // Several instances may start at once; one migrates, the others wait and then skip.
                    await using var gate = connection.Command("SELECT pg_advisory_xact_lock(397800)", transaction);
                    await gate.ExecuteNonQueryAsync(cancellationToken);
                }

                await using var check = connection.Command("SELECT COUNT(*) FROM schema_version WHERE version = @v", transaction)
                    .With("@v", script.Version);
                if (Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) > 0)
                {
                    return 0;
                }

                await using var apply = connection.Command(script.Sql, transaction);
                await apply.ExecuteNonQueryAsync(cancellationToken);
                await using var record = connection.Command(
                    "INSERT INTO schema_version (version, name, applied_at) VALUES (@v, @n, @t)", transaction)
                    .With("@v", script.Version).With("@n", script.Name)
                    .With("@t", clock.GetUtcNow().ToUnixTimeMilliseconds());
                await record.ExecuteNonQueryAsync(cancellationToken);
                LogApplied(logger, script.Version, script.Name);
                return 1;
            }, cancellationToken);
        }
    }

    private static List<(int Version, string Name, string Sql)> Scripts(IEnumerable<SchemaScripts> sources, StorageProvider provider)
    {
        var prefix = provider + "/";
        var scripts = sources.Select(s => s.Assembly).Distinct()
            .SelectMany(assembly => assembly.GetManifestResourceNames()
                .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
                .Select(name => (Resource: name, File: name[prefix.Length..]))
                .Select(x => (Version: int.Parse(x.File[..3], System.Globalization.CultureInfo.InvariantCulture), Name: x.File, Sql: Read(assembly, x.Resource))))
            .OrderBy(x => x.Version)
            .ToList();
        // A version is recorded once per database; two owners claiming one number would skip a script silently.
        var clash = scripts.GroupBy(s => s.Version).FirstOrDefault(g => g.Count() > 1);
        return clash is null
            ? scripts
            : throw new InvalidOperationException($"Schema version {clash.Key} is used by more than one script: {string.Join(", ", clash.Select(s => s.Name))}");
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Applied schema migration {Version} ({Name})")]
    private static partial void LogApplied(ILogger logger, int version, string name);
}
