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

    public async Task<RosterImportCounts?> ImportAsync(IReadOnlyList<RosterMember> members, bool preview, CancellationToken cancellationToken)
    {
        if (preview)
        {
            await using var connection = await database.OpenReadAsync(cancellationToken);
            return await ImportAsync(connection, null, members, write: false, now: 0, cancellationToken);
        }

        var now = Now();
        try
        {
            return await database.WriteAsync((connection, transaction) => ImportAsync(connection, transaction, members, write: true, now, cancellationToken), cancellationToken);
        }
        catch (DbException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            return null; // an account in the file went to another member since the caller checked: nothing written
        }
    }

    public async Task<RosterEdit> UpdateDetailsAsync(RosterMember member, CancellationToken cancellationToken)
    {
        try
        {
            return await UpdateCheckedAsync(member, cancellationToken);
        }
        catch (DbException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            // A concurrent edit gave the account to another member between this one's check and its write.
            var holders = await WeComHoldersAsync([member.WeComUserId!], cancellationToken);
            return new RosterEdit(RosterEditOutcome.WeComAccountTaken, holders.GetValueOrDefault(member.WeComUserId!));
        }
    }

    private Task<RosterEdit> UpdateCheckedAsync(RosterMember member, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            if (member.WeComUserId is { } userId)
            {
                // Checked in the writing transaction, so two edits cannot both take the same account.
                await using var holder = connection.Command(
                    "SELECT member_number FROM members WHERE wecom_userid = @u AND member_number <> @n LIMIT 1", transaction)
                    .With("@u", userId).With("@n", member.MemberNumber);
                if (await holder.ExecuteScalarAsync(cancellationToken) is string other)
                {
                    return new RosterEdit(RosterEditOutcome.WeComAccountTaken, other);
                }
            }

            await using var update = connection.Command(
                "UPDATE members SET name = @name, phone = @phone, unit = @unit, joined_on = @joined, wecom_userid = @wecom, updated_at = @t WHERE member_number = @n",
                transaction);
            Bind(update, member, Now()).With("@wecom", member.WeComUserId);
            return new RosterEdit(await update.ExecuteNonQueryAsync(cancellationToken) == 1 ? RosterEditOutcome.Updated : RosterEditOutcome.UnknownMember);
        }, cancellationToken);

    // One statement of each kind, its parameters created once and only their values set per member: a 100,000-row
    // roster is 100,000 value swaps, not parses. Never Parameters.Clear() and re-add on a command that runs again:
    // once Npgsql has prepared it (Max Auto Prepare), it keeps binding the parameter objects it saw first, so the
    // re-added ones were ignored and every member after the fifth was looked up and written with the first one's values.
    private static async Task<RosterImportCounts> ImportAsync(
        DbConnection connection, DbTransaction? transaction, IReadOnlyList<RosterMember> members, bool write, long now, CancellationToken cancellationToken)
    {
        await using var find = connection.Command("SELECT name, phone, unit, joined_on, wecom_userid FROM members WHERE member_number = @n", transaction).With("@n", null);
        // A file without the 企业微信账号 column (or an empty cell) keeps the userid the roster has.
        await using var insert = MemberCommand(connection, transaction,
            """
            INSERT INTO members (member_number, name, phone, unit, status, joined_on, session_version, created_at, updated_at, wecom_userid)
            VALUES (@n, @name, @phone, @unit, 'active', @joined, 1, @t, @t, @wecom)
            ON CONFLICT (member_number) DO UPDATE SET name = excluded.name, phone = excluded.phone, unit = excluded.unit,
                joined_on = excluded.joined_on, updated_at = excluded.updated_at, wecom_userid = COALESCE(excluded.wecom_userid, members.wecom_userid)
            """);
        await using var update = MemberCommand(connection, transaction,
            """
            UPDATE members SET name = @name, phone = @phone, unit = @unit, joined_on = @joined, updated_at = @t,
                wecom_userid = COALESCE(@wecom, wecom_userid)
            WHERE member_number = @n
            """);
        var counts = new int[3]; // by Change
        foreach (var member in members)
        {
            find.Parameters["@n"].Value = member.MemberNumber;
            var change = await CompareAsync(find, member, cancellationToken);
            if (write && change != Change.Unchanged)
            {
                var command = change == Change.Added ? insert : update;
                SetValues(command, member, now);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            counts[(int)change]++;
        }

        return new RosterImportCounts(counts[(int)Change.Added], counts[(int)Change.Updated], counts[(int)Change.Unchanged]);
    }

    private static DbCommand MemberCommand(DbConnection connection, DbTransaction? transaction, string sql) =>
        connection.Command(sql, transaction).With("@n", null).With("@name", null).With("@phone", null).With("@unit", null)
            .With("@joined", null).With("@t", null).With("@wecom", null);

    private static void SetValues(DbCommand command, RosterMember member, long now)
    {
        command.Parameters["@n"].Value = Normalize(member.MemberNumber);
        command.Parameters["@name"].Value = member.Name;
        command.Parameters["@phone"].Value = member.Phone;
        command.Parameters["@unit"].Value = member.Unit;
        command.Parameters["@joined"].Value = (object?)JoinedText(member.JoinedOn) ?? DBNull.Value;
        command.Parameters["@t"].Value = now;
        command.Parameters["@wecom"].Value = (object?)member.WeComUserId ?? DBNull.Value;
    }

    private static async Task<Change> CompareAsync(DbCommand find, RosterMember member, CancellationToken cancellationToken)
    {
        await using var reader = await find.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return Change.Added;
        }

        var same = reader.GetString(0) == member.Name && reader.GetString(1) == member.Phone && reader.GetString(2) == member.Unit
            && reader.GetStringOrNull(3) == JoinedText(member.JoinedOn)
            && (member.WeComUserId is null || reader.GetStringOrNull(4) == member.WeComUserId);
        return same ? Change.Unchanged : Change.Updated;
    }

    private static DbCommand Bind(DbCommand command, RosterMember member, long now) =>
        command.With("@n", Normalize(member.MemberNumber)).With("@name", member.Name).With("@phone", member.Phone).With("@unit", member.Unit)
            .With("@joined", JoinedText(member.JoinedOn)).With("@t", now);

    private static string? JoinedText(DateOnly? joined) => joined?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
