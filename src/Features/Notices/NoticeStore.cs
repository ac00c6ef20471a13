using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using EngageBot.Features.Outbox;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Notices;

/// <summary>Notices and their firings, in SQL both providers accept; their delivery report comes from the outbox (<see cref="OutboxDeliveries"/>).</summary>
public sealed class NoticeStore(IDatabase database, OutboxDeliveries deliveries)
{
    private const string Columns =
        "id, kind, text, text_en, activity_id, audience, send_at, cron, time_zone, urgent, status, created_at, created_by, asks_receipt, remind_after_ms, reminds";

    public Task AddAsync(Notice notice, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var insert = connection.Command(
                $"INSERT INTO notices ({Columns}) VALUES (@id, @kind, @text, @en, @act, @aud, @at, @cron, @tz, @urgent, @status, @created, @by, @receipt, @remind, @reminds) ON CONFLICT (id) DO NOTHING",
                transaction)
                .With("@id", notice.Id).With("@kind", notice.Kind).With("@text", notice.Text).With("@en", notice.TextEn)
                .With("@act", notice.ActivityId).With("@aud", JsonSerializer.Serialize(notice.Audience, SchedulerJson.Default.NoticeAudience))
                .With("@at", notice.SendAt?.ToUnixTimeMilliseconds()).With("@cron", notice.Cron).With("@tz", notice.TimeZone)
                .With("@urgent", notice.Urgent ? 1 : 0).With("@status", notice.Status.Name())
                .With("@created", notice.CreatedAt.ToUnixTimeMilliseconds()).With("@by", notice.CreatedBy)
                .With("@receipt", notice.AsksReceipt ? 1 : 0).With("@remind", (long?)notice.RemindAfter?.TotalMilliseconds).With("@reminds", notice.Reminds);
            return await insert.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    public async Task<Notice?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command($"SELECT {Columns} FROM notices WHERE id = @id").With("@id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    /// <summary>Newest first, one page.</summary>
    public async Task<IReadOnlyList<Notice>> ListAsync(string kind, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command($"SELECT {Columns} FROM notices WHERE kind = @k ORDER BY created_at DESC, id LIMIT @n")
            .With("@k", kind).With("@n", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var notices = new List<Notice>();
        while (await reader.ReadAsync(cancellationToken))
        {
            notices.Add(Read(reader));
        }

        return notices;
    }

    /// <summary>Moves a notice from <paramref name="from"/> to <paramref name="to"/>; false when it was not in that state.</summary>
    public Task<bool> SetStatusAsync(string id, NoticeStatus from, NoticeStatus to, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var update = connection.Command("UPDATE notices SET status = @to WHERE id = @id AND status = @from", transaction)
                .With("@id", id).With("@from", from.Name()).With("@to", to.Name());
            return await update.ExecuteNonQueryAsync(cancellationToken) > 0;
        }, cancellationToken);

    /// <summary>How many notices of this kind reached at least one recipient (the console's dashboard), as the outbox counts it.</summary>
    public async Task<long> CountSentAsync(string kind, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        await using (var connection = await database.OpenReadAsync(cancellationToken))
        {
            await using var command = connection.Command("SELECT id FROM notices WHERE kind = @k").With("@k", kind);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(reader.GetString(0));
            }
        }

        return await deliveries.CountReachedAsync(ids, cancellationToken);
    }

    /// <summary>The notice's recipients by where their message stands, as the outbox that sends them counts them.</summary>
    public async Task<NoticeReport> ReportAsync(string id, CancellationToken cancellationToken)
    {
        var counts = await deliveries.CountAsync(id, cancellationToken);
        return new NoticeReport(counts.Total, counts.Sent, counts.Pending, counts.Failed, counts.Skipped, counts.WaitingForSignIn);
    }

    /// <summary>How many members confirmed the notice (the receipts live with the notices: <see cref="ReceiptStore"/>).</summary>
    public async Task<long> CountConfirmedAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command("SELECT COUNT(*) FROM notice_receipts WHERE notice_id = @id").With("@id", id);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    public async Task<IReadOnlyList<NoticeFiring>> FiringsAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command(
            "SELECT id, scheduled_at, fired_at, status, reason, recipients FROM notice_firings WHERE notice_id = @id ORDER BY scheduled_at")
            .With("@id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var firings = new List<NoticeFiring>();
        while (await reader.ReadAsync(cancellationToken))
        {
            firings.Add(new NoticeFiring(
                reader.GetString(0),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2)),
                NoticeStatusNames.ParseFiring(reader.GetString(3)),
                reader.GetStringOrNull(4),
                Convert.ToInt64(reader.GetValue(5), CultureInfo.InvariantCulture)));
        }

        return firings;
    }

    private static Notice Read(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetStringOrNull(3),
        reader.GetStringOrNull(4),
        JsonSerializer.Deserialize(reader.GetString(5), SchedulerJson.Default.NoticeAudience) ?? new NoticeAudience(),
        reader.IsDBNull(6) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6)),
        reader.GetStringOrNull(7),
        reader.GetString(8),
        Convert.ToInt64(reader.GetValue(9), CultureInfo.InvariantCulture) != 0,
        NoticeStatusNames.ParseNotice(reader.GetString(10)),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(11)),
        reader.GetStringOrNull(12))
    {
        AsksReceipt = Convert.ToInt64(reader.GetValue(13), CultureInfo.InvariantCulture) != 0,
        RemindAfter = reader.IsDBNull(14) ? null : TimeSpan.FromMilliseconds(Convert.ToInt64(reader.GetValue(14), CultureInfo.InvariantCulture)),
        Reminds = reader.GetStringOrNull(15),
    };
}
