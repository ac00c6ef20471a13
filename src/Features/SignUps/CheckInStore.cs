using EngageBot.Core.State;
using EngageBot.Infrastructure;
using static EngageBot.Features.SignUps.SignUpSql;

namespace EngageBot.Features.SignUps;

/// <summary>
/// Check-in ("签到 123456", or the QR code's activity): marks the member's confirmed seat as attended, once, inside
/// the check-in window.
/// </summary>
public sealed class CheckInStore(IDatabase database, TimeProvider clock)
{
    /// <summary>
    /// Marks attendance for the member's confirmed sign-up to the activity showing <paramref name="code"/>,
    /// from <paramref name="opensBefore"/> before it starts until it ends (or <paramref name="lastsAtLeast"/> after the start).
    /// </summary>
    public Task<CheckInResult> CheckInAsync(MemberKey member, string code, TimeSpan opensBefore, TimeSpan lastsAtLeast, CancellationToken cancellationToken) =>
        CheckInWhereAsync(member, "a.checkin_code = @c", code, opensBefore, lastsAtLeast, cancellationToken);

    /// <summary>The same for one activity named by id (the QR code's token resolved to it).</summary>
    public Task<CheckInResult> CheckInToAsync(MemberKey member, string activityId, TimeSpan opensBefore, TimeSpan lastsAtLeast, CancellationToken cancellationToken) =>
        CheckInWhereAsync(member, "a.id = @c", activityId, opensBefore, lastsAtLeast, cancellationToken);

    private Task<CheckInResult> CheckInWhereAsync(
        MemberKey member, string where, string value, TimeSpan opensBefore, TimeSpan lastsAtLeast, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var now = clock.GetUtcNow();
            var candidates = new List<(ActivityRecord Activity, SignUpRecord? SignUp)>();
            await using (var find = connection.Command(
                $"""
                SELECT {ActivityColumns}, s.id, s.status FROM activities a
                LEFT JOIN signups s ON s.activity_id = a.id AND s.member_key = @m AND s.status IN {Active}
                WHERE {where} AND a.status = 'active'
                ORDER BY a.starts_at
                """, transaction).With("@m", member.Format()).With("@c", value))
            {
                await using var reader = await find.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    var activity = ReadActivity(reader);
                    var signUp = reader.GetValue(ActivityColumnCount) is DBNull
                        ? null
                        : new SignUpRecord(Long(reader, ActivityColumnCount), activity.Id, member, string.Empty,
                            ParseStatus(reader.GetString(ActivityColumnCount + 1)), null, string.Empty, null, now, null);
                    candidates.Add((activity, signUp));
                }
            }

            if (candidates.Count == 0)
            {
                return new CheckInResult(CheckInResultKind.WrongCode, null);
            }

            var (target, mine) = candidates.FirstOrDefault(c => c.SignUp is not null);
            if (mine is null)
            {
                return new CheckInResult(CheckInResultKind.NotConfirmed, candidates[0].Activity);
            }

            var closes = Max(target.EndsAt ?? target.StartsAt, target.StartsAt + lastsAtLeast);
            if (now < target.StartsAt - opensBefore || now > closes)
            {
                return new CheckInResult(CheckInResultKind.NotOpen, target);
            }

            if (mine.Status == SignUpStatus.Attended)
            {
                return new CheckInResult(CheckInResultKind.AlreadyCheckedIn, target);
            }

            if (mine.Status != SignUpStatus.Confirmed)
            {
                return new CheckInResult(CheckInResultKind.NotConfirmed, target);
            }

            await using var mark = connection.Command(
                "UPDATE signups SET status = 'attended', attended_at = @now, updated_at = @now WHERE id = @id AND status = 'confirmed'", transaction)
                .With("@id", mine.Id).With("@now", now.ToUnixTimeMilliseconds());
            await mark.ExecuteNonQueryAsync(cancellationToken);
            return new CheckInResult(CheckInResultKind.CheckedIn, target);
        }, cancellationToken);

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
