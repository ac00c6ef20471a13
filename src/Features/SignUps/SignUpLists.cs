using EngageBot.Core.State;
using EngageBot.Infrastructure;
using static EngageBot.Features.SignUps.SignUpSql;

namespace EngageBot.Features.SignUps;

/// <summary>
/// Who signed up for what, read-only: a member's own sign-ups ("我的报名") and an activity's roster (seat holders,
/// then the waitlist in order). Other features read sign-ups through this, never the <c>signups</c> table.
/// </summary>
public sealed class SignUpLists(IDatabase database, TimeProvider clock)
{
    // A member's active sign-ups for activities that have not ended, with the activity and the queue place.
    private const string MemberSignUps =
        $"""
        SELECT {SignUpColumns}, {ActivityColumns},
            (SELECT COUNT(*) FROM signups q WHERE q.activity_id = s.activity_id AND q.status = 'waitlisted'
                AND q.waitlist_position <= s.waitlist_position)
        FROM signups s JOIN activities a ON a.id = s.activity_id
        WHERE s.member_key = @m AND s.status IN {Active} AND a.status = 'active'
          AND COALESCE(a.ends_at, a.starts_at) > @now
        """;

    private const string MemberSignUpsInOrder = MemberSignUps + " ORDER BY a.starts_at, a.id";
    private const string MemberSignUpFor = MemberSignUps + " AND s.activity_id = @a";

    /// <summary>The member's active sign-ups for activities that have not ended, soonest first.</summary>
    public Task<IReadOnlyList<(SignUpRecord SignUp, ActivityRecord Activity, int? QueuePlace)>> ListForMemberAsync(
        MemberKey member, CancellationToken cancellationToken) =>
        ReadMemberSignUpsAsync(member, null, cancellationToken);

    /// <summary>
    /// The member's active sign-up for <paramref name="activityId"/> if that activity has not ended (what
    /// <see cref="ListForMemberAsync"/> would list for it), or null. One row: the cancel button needs no more, and the
    /// seat counts of the member's other activities are not read.
    /// </summary>
    public async Task<(SignUpRecord SignUp, ActivityRecord Activity, int? QueuePlace)?> FindForMemberAsync(
        MemberKey member, string activityId, CancellationToken cancellationToken) =>
        await ReadMemberSignUpsAsync(member, activityId, cancellationToken) is [var only, ..] ? only : null;

    private async Task<IReadOnlyList<(SignUpRecord SignUp, ActivityRecord Activity, int? QueuePlace)>> ReadMemberSignUpsAsync(
        MemberKey member, string? activityId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command(activityId is null ? MemberSignUpsInOrder : MemberSignUpFor)
            .With("@m", member.Format()).With("@now", clock.GetUtcNow().ToUnixTimeMilliseconds());
        if (activityId is not null)
        {
            command.With("@a", activityId);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<(SignUpRecord, ActivityRecord, int?)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var signUp = ReadSignUp(reader);
            var place = signUp.Status == SignUpStatus.Waitlisted ? (int)Long(reader, SignUpColumnCount + ActivityColumnCount) : (int?)null;
            list.Add((signUp, ReadActivity(reader, SignUpColumnCount), place));
        }

        return list;
    }

    /// <summary>Seat holders in arrival order, then the waitlist in queue order (places 1, 2, …).</summary>
    public async Task<IReadOnlyList<RosterEntry>> GetRosterAsync(string activityId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command(
            $"""
            SELECT {SignUpColumns}, x.answers FROM signups s LEFT JOIN signup_answers x ON x.signup_id = s.id
            WHERE s.activity_id = @a AND s.status IN {Active}
            ORDER BY CASE WHEN s.status = 'waitlisted' THEN 1 ELSE 0 END, s.waitlist_position, s.id
            """).With("@a", activityId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var roster = new List<RosterEntry>();
        var place = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            var s = ReadSignUp(reader);
            roster.Add(new RosterEntry(s.Member, s.DisplayName, s.Status,
                s.Status == SignUpStatus.Waitlisted ? ++place : null, s.SignedUpAt, s.AttendedAt,
                reader.GetValue(SignUpColumnCount) is string answers ? Forms.FormStore.ParseAnswers(answers) : null));
        }

        return roster;
    }

    /// <summary>Sign-ups that hold or wait for a seat or attended, per club, most first (the console's dashboard).</summary>
    public async Task<IReadOnlyList<ClubSignUps>> PerClubAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command(
            """
            SELECT a.club_id, MAX(c.name), COUNT(*) FROM signups s
            JOIN activities a ON a.id = s.activity_id LEFT JOIN clubs c ON c.id = a.club_id
            WHERE s.status <> 'cancelled'
            GROUP BY a.club_id ORDER BY COUNT(*) DESC, a.club_id
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<ClubSignUps>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new ClubSignUps(reader.GetStringOrNull(0), reader.GetStringOrNull(1) ?? string.Empty, reader.GetInt64(2)));
        }

        return rows;
    }
}
