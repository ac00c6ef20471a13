using System.Data.Common;
using EngageBot.Infrastructure;
using static EngageBot.Features.SignUps.SignUpSql;

namespace EngageBot.Features.SignUps;

/// <summary>Clubs as staff manage them. A closed club keeps its history but takes no new activities.</summary>
public sealed class ClubStore(IDatabase database, TimeProvider clock)
{
    private const string Columns = "id, name, name_en, description, description_en, schedule, place, contact, status";

    public async Task<IReadOnlyList<ClubRecord>> ListAsync(bool includeClosed, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command(
            $"SELECT {Columns} FROM clubs {(includeClosed ? string.Empty : "WHERE status = 'active'")} ORDER BY created_at, id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var clubs = new List<ClubRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            clubs.Add(Read(reader));
        }

        return clubs;
    }

    public async Task<ClubRecord?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command($"SELECT {Columns} FROM clubs WHERE id = @id").With("@id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    /// <summary>Creates the club; false when the id is taken.</summary>
    public Task<bool> TryCreateAsync(ClubRecord club, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
            await using var insert = connection.Command(
                $"""
                INSERT INTO clubs ({Columns}, created_at, updated_at)
                VALUES (@id, @n, @nen, @d, @den, @sch, @p, @c, @st, @now, @now) ON CONFLICT DO NOTHING
                """, transaction).With("@now", now);
            Bind(insert, club);
            return await insert.ExecuteNonQueryAsync(cancellationToken) == 1;
        }, cancellationToken);

    /// <summary>Replaces the club's details; false when there is no such club.</summary>
    public Task<bool> UpdateAsync(ClubRecord club, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var update = connection.Command(
                """
                UPDATE clubs SET name = @n, name_en = @nen, description = @d, description_en = @den, schedule = @sch,
                    place = @p, contact = @c, status = @st, updated_at = @now
                WHERE id = @id
                """, transaction).With("@now", clock.GetUtcNow().ToUnixTimeMilliseconds());
            Bind(update, club);
            return await update.ExecuteNonQueryAsync(cancellationToken) == 1;
        }, cancellationToken);

    /// <summary>True when no club was ever created (a fresh install, to seed).</summary>
    public Task<bool> IsEmptyAsync(CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var count = connection.Command("SELECT COUNT(*) FROM clubs", transaction);
            return Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0;
        }, cancellationToken);

    private static void Bind(DbCommand command, ClubRecord club) => command
        .With("@id", club.Id).With("@n", club.Name).With("@nen", club.NameEn).With("@d", club.Description)
        .With("@den", club.DescriptionEn).With("@sch", club.Schedule).With("@p", club.Place).With("@c", club.Contact)
        .With("@st", club.IsActive ? "active" : "closed");

    private static ClubRecord Read(DbDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetStringOrNull(2), r.GetStringOrNull(3), r.GetStringOrNull(4),
        r.GetStringOrNull(5), r.GetStringOrNull(6), r.GetStringOrNull(7), r.GetString(8) == "active");
}
