using EngageBot.Infrastructure;
using EngageBot.TestKit;
using EngageBot.Features.Tests.SignUps;
using EngageBot.Features.SignUps;

namespace EngageBot.Features.Tests.Outbox;

/// <summary>
/// Migration 080 on a database as the old version left it: the notice outbox keeps its rows, and what the second
/// queue (signup_notices) had not sent yet moves into the outbox; the queue itself is gone.
/// </summary>
public sealed class OutboxMigrationTests : IAsyncLifetime
{
    private SignUpDatabase _db = null!;

    public async Task InitializeAsync() => _db = await SignUpDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Pending_sign_up_notices_move_into_the_one_outbox_and_the_old_queue_is_dropped()
    {
        var activity = await _db.CreateActivityAsync(capacity: 1);
        var first = await _db.SignUps.SignUpAsync(SignUpDatabase.Request(activity.Id, 1), CancellationToken.None);
        var second = await _db.SignUps.SignUpAsync(SignUpDatabase.Request(activity.Id, 2), CancellationToken.None);
        var postgres = _db.Database.Provider == StorageProvider.Postgres;
        await ExecuteAsync(
            "DROP TABLE outbox",
            $"""
            CREATE TABLE outbox (id {(postgres ? "BIGSERIAL PRIMARY KEY" : "INTEGER PRIMARY KEY AUTOINCREMENT")}, idempotency_key TEXT NOT NULL,
                notice_id TEXT NOT NULL, firing_id TEXT NOT NULL, member_key TEXT NOT NULL, reference_key TEXT, status TEXT NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at BIGINT NOT NULL, lease_until BIGINT, reason TEXT, updated_at BIGINT NOT NULL)
            """,
            "CREATE UNIQUE INDEX ux_outbox_idempotency ON outbox (idempotency_key)",
            "CREATE INDEX ix_outbox_due ON outbox (status, next_attempt_at, id)",
            "CREATE INDEX ix_outbox_notice ON outbox (notice_id, status)",
            """
            INSERT INTO outbox (idempotency_key, notice_id, firing_id, member_key, reference_key, status, attempts, next_attempt_at, updated_at)
            VALUES ('n1@0|emulator/user-9', 'n1', 'n1@0', 'emulator/user-9', 'emulator/conv-9', 'sent', 1, 5, 7)
            """,
            $"""
            CREATE TABLE signup_notices (id {(postgres ? "BIGSERIAL PRIMARY KEY" : "INTEGER PRIMARY KEY AUTOINCREMENT")},
                signup_id BIGINT NOT NULL REFERENCES signups (id), kind TEXT NOT NULL, created_at BIGINT NOT NULL,
                claimed_until BIGINT, attempts INTEGER NOT NULL DEFAULT 0, sent_at BIGINT)
            """,
            $"INSERT INTO signup_notices (signup_id, kind, created_at, sent_at) VALUES ({first.SignUp!.Id}, 'activity_cancelled', 10, 11)",
            $"INSERT INTO signup_notices (signup_id, kind, created_at, attempts) VALUES ({second.SignUp!.Id}, 'promoted', 20, 3)",
            "DELETE FROM schema_version WHERE version = 80");

        await TestSchema.Migrator(_db.Database, _db.Clock).MigrateAsync(CancellationToken.None);

        var rows = await _db.OutboxAsync();
        Assert.Equal(2, rows.Count);
        Assert.Equal(("notice", "n1", "emulator/user-9", "emulator/conv-9"), (rows[0].Kind, rows[0].Subject, rows[0].Member, rows[0].Conversation));
        Assert.Equal(("signup_promoted", "emulator/user-2", "emulator/conv-2"), (rows[1].Kind, rows[1].Member, rows[1].Conversation));
        var news = await _db.News.GetAsync(long.Parse(rows[1].Subject, System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None);
        Assert.Equal(second.SignUp.Id, news!.SignUp.Id);
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => ExecuteAsync("SELECT COUNT(*) FROM signup_notices"));
    }

    private Task<int> ExecuteAsync(params string[] statements) =>
        _db.Database.WriteAsync(async (connection, transaction) =>
        {
            foreach (var sql in statements)
            {
                await using var command = connection.Command(sql, transaction);
                await command.ExecuteNonQueryAsync();
            }

            return 0;
        }, CancellationToken.None);
}
