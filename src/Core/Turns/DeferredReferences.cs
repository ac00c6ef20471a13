using System.Threading.Channels;
using EngageBot.Core.State;
using EngageBot.Infrastructure;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EngageBot.Core.Turns;

/// <summary>
/// New conversations' references written after their turns, many in one write (SQLite, one writer; issue 16). In its
/// turn a reference lands in the table's two indexes at random pages, ~3 WAL pages; with hundreds per commit they
/// share pages (bench/README.md, "Nineteenth session"). Only what <see cref="ConversationReferences.MayDefer"/>
/// allows waits here: a 1:1 conversation of a member who has another reference on the channel, so a crash before the
/// batch leaves them reachable there, and the conversation's next turn writes its own. The batch writes a reference
/// only while the member still has another one (an erasure in between leaves nothing behind).
/// </summary>
public sealed partial class DeferredReferences(
    IDatabase database, ConversationReferences references, IOptions<TurnOptions> options, TimeProvider clock, ILogger<DeferredReferences> logger)
    : BackgroundService
{
    private const int PerWrite = 500;

    // Rows per statement, largest first: a full batch is a few statements, each text kept prepared.
    private static readonly int[] Sizes = [64, 8, 1];
    private static readonly string[] Upserts = [.. Sizes.Select(UpsertOf)];
    private static readonly string[][] Names = [.. Enumerable.Range(0, Sizes[0]).Select(i =>
        new[] { "@k", "@ch", "@c", "@u", "@s", "@j", "@t" }.Select(name => name + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray())];

    private readonly Channel<(ConversationReferenceRecord Record, long At)> _queue =
        Channel.CreateUnbounded<(ConversationReferenceRecord, long)>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Queues <paramref name="record"/>, whose turn committed without it.</summary>
    public void Add(ConversationReferenceRecord record)
    {
        references.Deferred(record);
        _queue.Writer.TryWrite((record, clock.GetUtcNow().ToUnixTimeMilliseconds()));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                await Task.Delay(options.Value.ReferenceBatchDelay, clock, stoppingToken);
                await FlushAsync(CancellationToken.None);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: StopAsync writes what is queued.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(cancellationToken);
    }

    /// <summary>Writes everything queued so far.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var batch = new List<(ConversationReferenceRecord Record, long At)>();
        while (true)
        {
            batch.Clear();
            while (batch.Count < PerWrite && _queue.Reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            if (batch.Count == 0)
            {
                return;
            }

            await WriteAsync(batch, cancellationToken);
        }
    }

    private async Task WriteAsync(List<(ConversationReferenceRecord Record, long At)> batch, CancellationToken cancellationToken)
    {
        List<ConversationReferenceRecord> dropped;
        try
        {
            dropped = await database.WriteAsync(async (connection, transaction) =>
            {
                var notWritten = new List<ConversationReferenceRecord>();
                var next = 0;
                for (var s = 0; s < Sizes.Length; s++)
                {
                    for (; batch.Count - next >= Sizes[s]; next += Sizes[s])
                    {
                        var rows = batch.GetRange(next, Sizes[s]);
                        await using var upsert = connection.Command(Upserts[s], transaction);
                        for (var i = 0; i < rows.Count; i++)
                        {
                            var (record, at) = rows[i];
                            var n = Names[i];
                            upsert.With(n[0], record.Key.Format()).With(n[1], record.Key.ChannelId).With(n[2], record.Key.ConversationId)
                                .With(n[3], record.UserId).With(n[4], record.ServiceUrl).With(n[5], record.Json).With(n[6], at);
                        }

                        if (await upsert.ExecuteNonQueryAsync(cancellationToken) < rows.Count)
                        {
                            notWritten.AddRange(await MissingAsync(connection, transaction, rows, cancellationToken));
                        }
                    }
                }

                return notWritten;
            }, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex, batch.Count);
            dropped = [.. batch.Select(b => b.Record)];
        }

        foreach (var record in dropped)
        {
            references.Dropped(record);
        }
    }

    /// <summary>Those of <paramref name="rows"/> the statement left out (rare: their member was erased meanwhile).</summary>
    private static async Task<List<ConversationReferenceRecord>> MissingAsync(
        System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction,
        List<(ConversationReferenceRecord Record, long At)> rows, CancellationToken cancellationToken)
    {
        var missing = new List<ConversationReferenceRecord>();
        foreach (var (record, _) in rows)
        {
            await using var exists = connection.Command("SELECT 1 FROM conversation_references WHERE key = @k", transaction).With("@k", record.Key.Format());
            if (await exists.ExecuteScalarAsync(cancellationToken) is null)
            {
                missing.Add(record);
            }
        }

        return missing;
    }

    /// <summary>
    /// <paramref name="rows"/> references in one statement, each written only while its member has another 1:1
    /// reference on the channel (SQLite reads the rows to insert before it inserts them, as the SELECT reads the table).
    /// </summary>
    private static string UpsertOf(int rows)
    {
        var values = string.Join(", ", Enumerable.Range(0, rows).Select(i => $"(@k{i}, @ch{i}, @c{i}, @u{i}, @s{i}, @j{i}, @t{i})"));
        return $"""
            INSERT INTO conversation_references (key, channel_id, conversation_id, user_id, service_url, is_group, json, updated_at)
            SELECT v.column1, v.column2, v.column3, v.column4, v.column5, 0, v.column6, v.column7 FROM (VALUES {values}) AS v
            WHERE EXISTS (SELECT 1 FROM conversation_references r WHERE r.channel_id = v.column2 AND r.user_id = v.column4 AND r.is_group = 0)
            ON CONFLICT (key) DO UPDATE SET service_url = excluded.service_url, user_id = excluded.user_id,
                is_group = excluded.is_group, json = excluded.json, updated_at = excluded.updated_at
            """;
    }

    [LoggerMessage(EventId = 220, Level = LogLevel.Warning,
        Message = "{Count} new conversations' references could not be written; each conversation's next turn writes its own")]
    private static partial void LogFailed(ILogger logger, Exception exception, int count);
}
