using System.Data.Common;
using EngageBot.Infrastructure;
using static EngageBot.Features.SignUps.SignUpSql;

namespace EngageBot.Features.SignUps.Changes;

/// <summary>Reads recorded changes: one with the sign-up it is told to (for the outbox), or an activity's history (for staff).</summary>
public sealed class ActivityChangeStore(IDatabase database)
{
    private const string ChangeColumns =
        "ch.id, ch.activity_id, ch.version, ch.old_starts_at, ch.new_starts_at, ch.old_ends_at, ch.new_ends_at, ch.old_place, ch.new_place, ch.changed_at";

    private const int ChangeColumnCount = 10;

    /// <summary>The change, the sign-up it is told to and the activity as it is now; null when any is gone or they do not belong together.</summary>
    public async Task<(ActivityChange Change, SignUpNews News)?> GetAsync(long changeId, long signUpId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command(
            $"""
            SELECT {ChangeColumns}, {SignUpColumns}, {ActivityColumns}
            FROM activity_changes ch
            JOIN signups s ON s.id = @s AND s.activity_id = ch.activity_id
            JOIN activities a ON a.id = ch.activity_id
            WHERE ch.id = @c
            """).With("@c", changeId).With("@s", signUpId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? (ReadChange(reader), new SignUpNews(ReadSignUp(reader, ChangeColumnCount), ReadActivity(reader, ChangeColumnCount + SignUpColumnCount)))
            : null;
    }

    /// <summary>An activity's changes, oldest first.</summary>
    public async Task<IReadOnlyList<ActivityChange>> ListAsync(string activityId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command(
            $"SELECT {ChangeColumns} FROM activity_changes ch WHERE ch.activity_id = @a ORDER BY ch.version").With("@a", activityId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<ActivityChange>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(ReadChange(reader));
        }

        return list;
    }

    private static ActivityChange ReadChange(DbDataReader r) => new(
        Long(r, 0),
        r.GetString(1),
        (int)Long(r, 2),
        new ActivitySchedule(Time(r, 3), OptionalTime(r, 5), r.GetStringOrNull(7)),
        new ActivitySchedule(Time(r, 4), OptionalTime(r, 6), r.GetStringOrNull(8)),
        Time(r, 9));
}
