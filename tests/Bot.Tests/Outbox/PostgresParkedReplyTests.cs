using System.Net;
using EngageBot.Bot.Tests.Cluster;
using EngageBot.Bot.Tests.Turns;
using EngageBot.Core.Turns;
using EngageBot.Features.Outbox;
using EngageBot.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace EngageBot.Bot.Tests.Outbox;

/// <summary>
/// PostgreSQL: a turn's reply to an external channel is parked by a statement of the turn's one-batch commit, so it
/// is written with the turn or not at all; it is sent once after the commit, and its row deleted by a later write.
/// Row triggers record which transaction wrote and deleted each row.
/// </summary>
public sealed class PostgresParkedReplyTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private const string Conversation = "conv-parked";

    [Fact]
    public async Task A_reply_parked_in_its_turns_commit_is_sent_once_and_its_row_deleted_afterwards()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await using var sink = await ChannelSink.StartAsync();
        var settings = ClusterNotices.Settings(connectionString);
        settings["Turns:TypingDelay"] = "00:10:00"; // no "typing…" from a turn slowed by a loaded machine
        await using var host = await BotHost.StartAsync(settings: settings, configure: b => b.Services.AddSingleton<IBot>(new CountingBot(s => s.Conversation)));
        await AuditAsync(connectionString);

        using (var response = await host.PostActivityAsync(Activities.Message(sink.ServiceUrl, "+1", conversationId: Conversation, id: "p1")))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var reply = await sink.NextAsync();
        await host.Services.GetRequiredService<DeliveredReplies>().FlushAsync();

        Assert.Equal(("1", "p1"), (reply.Activity.Text, reply.Activity.ReplyToId));
        var audit = await ReadAuditAsync(connectionString);
        var mark = Assert.Single(audit, a => a.Table == "processed_activities");
        var stateWrite = Assert.Single(audit, a => a.Table == "state" && a.Key!.Contains(Conversation, StringComparison.Ordinal));
        var parked = Assert.Single(audit, a => a.Table == "parked_replies" && a.Operation == "INSERT");
        var deleted = Assert.Single(audit, a => a.Table == "parked_replies" && a.Operation == "DELETE");
        Assert.Equal(reply.Activity.Id, parked.Key);
        Assert.Equal(parked.Key, deleted.Key);
        Assert.Equal([mark.Transaction, mark.Transaction], new[] { stateWrite.Transaction, parked.Transaction });
        Assert.NotEqual(parked.Transaction, deleted.Transaction);
        Assert.Equal(0, await ClusterNotices.CountAsync(connectionString, "SELECT count(*) FROM parked_replies"));
        Assert.Equal(0, await ClusterNotices.CountAsync(connectionString, "SELECT count(*) FROM outbox"));
        Assert.True(await sink.StaysQuietAsync(TimeSpan.FromMilliseconds(300)));
    }

    private static async Task AuditAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            CREATE TABLE test_audit (n BIGSERIAL PRIMARY KEY, tbl TEXT NOT NULL, op TEXT NOT NULL, tx BIGINT NOT NULL, key TEXT);
            CREATE FUNCTION test_audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO test_audit (tbl, op, tx, key) VALUES (TG_TABLE_NAME, TG_OP, txid_current(),
                    (CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END) ->> TG_ARGV[0]);
                RETURN NULL;
            END $$;
            CREATE TRIGGER test_audit AFTER INSERT OR DELETE ON parked_replies FOR EACH ROW EXECUTE FUNCTION test_audit_row('idempotency_key');
            CREATE TRIGGER test_audit AFTER INSERT ON processed_activities FOR EACH ROW EXECUTE FUNCTION test_audit_row('key');
            CREATE TRIGGER test_audit AFTER INSERT OR UPDATE ON state FOR EACH ROW EXECUTE FUNCTION test_audit_row('key');
            """, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<(string Table, string Operation, long Transaction, string? Key)>> ReadAuditAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT tbl, op, tx, key FROM test_audit ORDER BY n", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, string, long, string?)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetValue(3) as string));
        }

        return rows;
    }
}
