using EngageBot.Features.Operations;
using EngageBot.Infrastructure;
using EngageBot.Infrastructure.Sqlite;
using EngageBot.TestKit;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Tests.Operations;

/// <summary>Online SQLite backups: a complete, openable copy; names from the clock; the oldest beyond Keep deleted.</summary>
public sealed class SqliteBackupsTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 12, 2, 3, 0, 0, TimeSpan.Zero));
    private SqliteDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = (SqliteDatabase)await TestDatabases.SqliteAsync("backup.db");
        await _database.WriteAsync(async (connection, transaction) =>
        {
            await using var insert = connection.Command("INSERT INTO staff_audit (at, action, outcome) VALUES (1, 'kept in the backup', 200)", transaction);
            return await insert.ExecuteNonQueryAsync();
        }, CancellationToken.None);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private SqliteBackups Backups(int keep = 7, string? folder = null) =>
        new(_database, Options.Create(new BackupOptions { Keep = keep, Folder = folder }), _clock, NullLogger<SqliteBackups>.Instance);

    [Fact]
    public async Task A_backup_is_a_complete_database_beside_the_database_file_named_by_the_time_it_was_taken()
    {
        using var backups = Backups();

        var file = await backups.TakeAsync(CancellationToken.None);

        var folder = Path.Combine(Path.GetDirectoryName(_database.DataSource)!, "backups");
        Assert.Equal(folder, backups.Folder);
        Assert.Equal(new BackupFile("engagebot-20261202-030000-000.db", new FileInfo(Path.Combine(folder, file.Name)).Length, _clock.GetUtcNow()), file);
        Assert.Equal([file], backups.List());
        await using var copy = TempSqlite.Open(Path.Combine(folder, file.Name));
        await using var connection = await copy.OpenReadAsync(CancellationToken.None);
        await using var check = connection.Command("PRAGMA integrity_check");
        Assert.Equal("ok", await check.ExecuteScalarAsync());
        await using var audit = connection.Command("SELECT action FROM staff_audit");
        Assert.Equal("kept in the backup", await audit.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Only_the_newest_Keep_backups_stay_and_a_left_over_partial_file_is_removed()
    {
        var folder = Path.Combine(Path.GetDirectoryName(_database.DataSource)!, "elsewhere");
        using var backups = Backups(keep: 2, folder: folder);
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "engagebot-20261201-030000-000.db.partial"), "interrupted");
        await File.WriteAllTextAsync(Path.Combine(folder, "notes.txt"), "not a backup");

        var taken = new List<BackupFile>();
        for (var i = 0; i < 3; i++)
        {
            taken.Add(await backups.TakeAsync(CancellationToken.None));
            _clock.Advance(TimeSpan.FromDays(1));
        }

        Assert.Equal([taken[2], taken[1]], backups.List());
        Assert.Equal(["engagebot-20261203-030000-000.db", "engagebot-20261204-030000-000.db", "notes.txt"],
            Directory.GetFiles(folder).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task PostgreSQL_is_not_backed_up_here()
    {
        await using var postgres = new Infrastructure.Postgres.PostgresDatabase(Options.Create(
            new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = "Host=127.0.0.1;Database=none" }));
        using var backups = new SqliteBackups(postgres, Options.Create(new BackupOptions()), _clock, NullLogger<SqliteBackups>.Instance);

        Assert.False(backups.Supported);
        Assert.Empty(backups.List());
        await Assert.ThrowsAsync<InvalidOperationException>(() => backups.TakeAsync(CancellationToken.None));
    }
}
