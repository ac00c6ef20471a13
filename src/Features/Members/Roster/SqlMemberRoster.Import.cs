using System.Data.Common;
using System.Globalization;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Members.Roster;

public sealed partial class SqlMemberRoster
{
    private enum Change
    {
        Added,
        Updated,
        Unchanged,
    }

    public async Task<RosterImportCounts> ImportAsync(IReadOnlyList<RosterMember> members, bool preview, CancellationToken cancellationToken)
    {
        if (preview)
        {
            await using var connection = await database.OpenReadAsync(cancellationToken);
            return await ImportAsync(connection, null, members, write: false, now: 0, cancellationToken);
        }

        var now = Now();
        return await database.WriteAsync((connection, transaction) => ImportAsync(connection, transaction, members, write: true, now, cancellationToken), cancellationToken);
    }

    public Task<bool> UpdateDetailsAsync(RosterMember member, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var update = connection.Command(
                "UPDATE members SET name = @name, phone = @phone, unit = @unit, joined_on = @joined, updated_at = @t WHERE member_number = @n", transaction);
            Bind(update, member, Now());
            return await update.ExecuteNonQueryAsync(cancellationToken) == 1;
        }, cancellationToken);

    // One statement of each kind, re-bound per member: a 100,000-row roster is 100,000 parameter swaps, not parses.
    private static async Task<RosterImportCounts> ImportAsync(
        DbConnection connection, DbTransaction? transaction, IReadOnlyList<RosterMember> members, bool write, long now, CancellationToken cancellationToken)
    {
        await using var find = connection.Command("SELECT name, phone, unit, joined_on FROM members WHERE member_number = @n", transaction);
        await using var insert = connection.Command(
            """
            INSERT INTO members (member_number, name, phone, unit, status, joined_on, session_version, created_at, updated_at)
            VALUES (@n, @name, @phone, @unit, 'active', @joined, 1, @t, @t)
            ON CONFLICT (member_number) DO UPDATE SET name = excluded.name, phone = excluded.phone, unit = excluded.unit,
                joined_on = excluded.joined_on, updated_at = excluded.updated_at
            """, transaction);
        await using var update = connection.Command(
            "UPDATE members SET name = @name, phone = @phone, unit = @unit, joined_on = @joined, updated_at = @t WHERE member_number = @n", transaction);
        var counts = new int[3]; // by Change
        foreach (var member in members)
        {
            find.Parameters.Clear();
            find.With("@n", member.MemberNumber);
            var change = await CompareAsync(find, member, cancellationToken);
            if (write && change != Change.Unchanged)
            {
                var command = change == Change.Added ? insert : update;
                command.Parameters.Clear();
                Bind(command, member, now);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            counts[(int)change]++;
        }

        return new RosterImportCounts(counts[(int)Change.Added], counts[(int)Change.Updated], counts[(int)Change.Unchanged]);
    }

    private static async Task<Change> CompareAsync(DbCommand find, RosterMember member, CancellationToken cancellationToken)
    {
        await using var reader = await find.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return Change.Added;
        }

        var same = reader.GetString(0) == member.Name && reader.GetString(1) == member.Phone && reader.GetString(2) == member.Unit
            && reader.GetStringOrNull(3) == JoinedText(member.JoinedOn);
        return same ? Change.Unchanged : Change.Updated;
    }

    private static void Bind(DbCommand command, RosterMember member, long now) =>
        command.With("@n", Normalize(member.MemberNumber)).With("@name", member.Name).With("@phone", member.Phone).With("@unit", member.Unit)
            .With("@joined", JoinedText(member.JoinedOn)).With("@t", now);

    private static string? JoinedText(DateOnly? joined) => joined?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
