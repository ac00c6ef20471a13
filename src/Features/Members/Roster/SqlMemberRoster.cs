using System.Data.Common;
using System.Globalization;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Members.Roster;

/// <summary>
/// The roster in the <c>members</c> table, in SQL both providers accept: look-ups, status and sessions here;
/// search and the unit tree in <c>SqlMemberRoster.Search.cs</c>; import and edits in <c>SqlMemberRoster.Import.cs</c>.
/// </summary>
public sealed partial class SqlMemberRoster(IDatabase database, TimeProvider clock) : IMemberRoster, IRosterAdmin
{
    internal const string Columns = "member_number, name, phone, unit, status, joined_on, session_version, wecom_userid";

    public static string Normalize(string memberNumber) => memberNumber.Trim().ToUpperInvariant();

    public async Task<RosterMember?> FindAsync(string memberNumber, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command($"SELECT {Columns} FROM members WHERE member_number = @n")
            .With("@n", Normalize(memberNumber));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    public Task<bool> UpsertAsync(RosterMember member, CancellationToken cancellationToken) =>
        database.WriteAsync((connection, transaction) => UpsertAsync(connection, transaction, member, Now(), cancellationToken), cancellationToken);

    /// <summary>The upsert inside a caller's transaction (the import writes many in one).</summary>
    internal static async Task<bool> UpsertAsync(DbConnection connection, DbTransaction transaction, RosterMember member, long now, CancellationToken cancellationToken)
    {
        await using var exists = connection.Command("SELECT 1 FROM members WHERE member_number = @n", transaction)
            .With("@n", Normalize(member.MemberNumber));
        var isNew = await exists.ExecuteScalarAsync(cancellationToken) is null;
        await using var upsert = connection.Command(
            """
            INSERT INTO members (member_number, name, phone, unit, status, joined_on, session_version, created_at, updated_at)
            VALUES (@n, @name, @phone, @unit, @status, @joined, 1, @t, @t)
            ON CONFLICT (member_number) DO UPDATE SET name = excluded.name, phone = excluded.phone, unit = excluded.unit,
                joined_on = excluded.joined_on, updated_at = excluded.updated_at
            """, transaction)
            .With("@n", Normalize(member.MemberNumber)).With("@name", member.Name).With("@phone", member.Phone).With("@unit", member.Unit)
            .With("@status", member.Status.ToText()).With("@joined", member.JoinedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .With("@t", now);
        await upsert.ExecuteNonQueryAsync(cancellationToken);
        return isNew;
    }

    public Task<bool> SetStatusAsync(string memberNumber, MemberStatus status, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            // Deactivation raises the session version in the same statement, so no token outlives it.
            await using var update = connection.Command(
                """
                UPDATE members SET status = @s, updated_at = @t,
                    session_version = session_version + (CASE WHEN @s = 'deactivated' THEN 1 ELSE 0 END)
                WHERE member_number = @n
                """, transaction)
                .With("@n", Normalize(memberNumber)).With("@s", status.ToText()).With("@t", Now());
            return await update.ExecuteNonQueryAsync(cancellationToken) == 1;
        }, cancellationToken);

    public Task<int?> RevokeSessionsAsync(string memberNumber, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var update = connection.Command(
                "UPDATE members SET session_version = session_version + 1, updated_at = @t WHERE member_number = @n RETURNING session_version", transaction)
                .With("@n", Normalize(memberNumber)).With("@t", Now());
            return await update.ExecuteScalarAsync(cancellationToken) is { } version ? Convert.ToInt32(version, CultureInfo.InvariantCulture) : (int?)null;
        }, cancellationToken);

    internal static RosterMember Read(DbDataReader reader) => new(
        reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
        MemberStatusText.Parse(reader.GetString(4)),
        reader.GetStringOrNull(5) is { } joined ? DateOnly.ParseExact(joined, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        Convert.ToInt32(reader.GetValue(6), CultureInfo.InvariantCulture))
    {
        WeComUserId = reader.GetStringOrNull(7),
    };

    private long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();
}
