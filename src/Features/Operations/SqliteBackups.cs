using System.Diagnostics;
using System.Globalization;
using EngageBot.Infrastructure;
using EngageBot.Infrastructure.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Operations;

/// <summary>
/// Online backups of the SQLite database with <c>VACUUM INTO</c>: it reads one snapshot in a read transaction (WAL
/// readers never block the writer, so turns go on), and writes a compact, consistent copy. The copy is written
/// under a temporary name and renamed when complete, so the folder never shows half a backup; then the oldest
/// beyond <see cref="BackupOptions.Keep"/> are deleted. Restoring is copying a backup over the database file
/// while the service is stopped (README, "Operations").
/// </summary>
public sealed class SqliteBackups(IDatabase database, IOptions<BackupOptions> options, TimeProvider clock, ILogger<SqliteBackups> logger) : IDisposable
{
    private const string Prefix = "engagebot-";
    private const string Extension = ".db";
    private const string Partial = ".partial";
    private const string Stamp = "yyyyMMdd-HHmmss-fff";
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// <summary>False on PostgreSQL, which is backed up with pg_dump or PITR.</summary>
    public bool Supported => database is SqliteDatabase;

    /// <summary>The backup folder: the configured one, else <c>backups</c> beside the database file.</summary>
    public string Folder => database is SqliteDatabase sqlite && string.IsNullOrWhiteSpace(options.Value.Folder)
        ? Path.Combine(Path.GetDirectoryName(sqlite.DataSource)!, "backups")
        : Path.GetFullPath(options.Value.Folder ?? "backups");

    public async Task<BackupFile> TakeAsync(CancellationToken cancellationToken)
    {
        if (!Supported)
        {
            throw new InvalidOperationException("Online backups are for SQLite; back PostgreSQL up with pg_dump or PITR.");
        }

        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            var started = Stopwatch.GetTimestamp();
            Directory.CreateDirectory(Folder);
            foreach (var stale in Directory.EnumerateFiles(Folder, Prefix + "*" + Partial))
            {
                File.Delete(stale); // left by a backup that was interrupted
            }

            var takenAt = clock.GetUtcNow();
            var name = Prefix + takenAt.UtcDateTime.ToString(Stamp, CultureInfo.InvariantCulture) + Extension;
            var path = Path.Combine(Folder, name);
            await using (var connection = await database.OpenReadAsync(cancellationToken))
            await using (var vacuum = connection.Command("VACUUM INTO @path").With("@path", path + Partial))
            {
                await vacuum.ExecuteNonQueryAsync(cancellationToken);
            }

            File.Move(path + Partial, path, overwrite: false);
            var file = new BackupFile(name, new FileInfo(path).Length, takenAt);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            OperationsLog.BackupWritten(logger, name, file.Bytes, elapsed);
            Rotate();
            return file;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    /// <summary>The backups in the folder, newest first.</summary>
    public IReadOnlyList<BackupFile> List()
    {
        if (!Supported || !Directory.Exists(Folder))
        {
            return [];
        }

        var files = new List<BackupFile>();
        foreach (var path in Directory.EnumerateFiles(Folder, Prefix + "*" + Extension))
        {
            var name = Path.GetFileName(path);
            if (DateTime.TryParseExact(name[Prefix.Length..^Extension.Length], Stamp, CultureInfo.InvariantCulture,
                    DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var takenAt))
            {
                files.Add(new BackupFile(name, new FileInfo(path).Length, new DateTimeOffset(takenAt, TimeSpan.Zero)));
            }
        }

        return [.. files.OrderByDescending(f => f.TakenAt).ThenByDescending(f => f.Name, StringComparer.Ordinal)];
    }

    private void Rotate()
    {
        var keep = options.Value.Keep;
        foreach (var old in List().Skip(keep))
        {
            File.Delete(Path.Combine(Folder, old.Name));
            OperationsLog.BackupRotated(logger, old.Name, keep);
        }
    }

    public void Dispose() => _oneAtATime.Dispose();
}
