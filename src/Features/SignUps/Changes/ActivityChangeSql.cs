using System.Data.Common;
using System.Globalization;
using EngageBot.Core.State;
using EngageBot.Core.Turns;
using EngageBot.Features.Outbox;
using EngageBot.Infrastructure;
using static EngageBot.Features.SignUps.SignUpSql;

namespace EngageBot.Features.SignUps.Changes;

/// <summary>
/// Records a change of time or place and queues one message per member signed up or waiting, inside the
/// transaction of the change itself: a crash loses none, and the key (activity + version + member) sends none twice.
/// A change of title, capacity or deadlines alone, or "changing" to the same values (to the minute), records and sends nothing.
/// </summary>
internal static class ActivityChangeSql
{
    public static async Task<IReadOnlyList<long>> RecordAsync(
        DbConnection connection, DbTransaction transaction, ActivityRecord before, ActivityRecord after, long now, CancellationToken cancellationToken)
    {
        var old = ActivitySchedule.Of(before);
        var changed = ActivitySchedule.Of(after);
        if (old.ReadsTheSameAs(changed))
        {
            return [];
        }

        await using var next = connection.Command(
            "SELECT COALESCE(MAX(version), 0) + 1 FROM activity_changes WHERE activity_id = @a", transaction).With("@a", after.Id);
        var version = Convert.ToInt32(await next.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        await using (var insert = connection.Command(
            """
            INSERT INTO activity_changes (activity_id, version, old_starts_at, new_starts_at, old_ends_at, new_ends_at, old_place, new_place, changed_at)
            VALUES (@a, @v, @os, @ns, @oe, @ne, @op, @np, @now)
            """, transaction)
            .With("@a", after.Id).With("@v", version).With("@os", old.StartsAt.ToUnixTimeMilliseconds()).With("@ns", changed.StartsAt.ToUnixTimeMilliseconds())
            .With("@oe", Millis(old.EndsAt)).With("@ne", Millis(changed.EndsAt)).With("@op", old.Place).With("@np", changed.Place).With("@now", now))
        {
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var id = connection.Command("SELECT id FROM activity_changes WHERE activity_id = @a AND version = @v", transaction)
            .With("@a", after.Id).With("@v", version);
        var changeId = Convert.ToInt64(await id.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);

        var told = new List<long>();
        foreach (var (signUpId, member, conversation, conversationMember) in await ToTellAsync(connection, transaction, after.Id, cancellationToken))
        {
            var entry = new OutboxEntry(OutboxKind.ActivityChanged, Key(after.Id, version, member), member, conversation)
            {
                ReferenceMember = conversationMember,
                SubjectId = Subject(changeId, signUpId),
            };
            told.Add(await OutboxRows.AddAsync(connection, transaction, entry, now, cancellationToken));
        }

        return told;
    }

    /// <summary>"activity_changed|{activity}|{version}|{member}": one message per member per change.</summary>
    public static string Key(string activityId, int version, MemberKey member) =>
        string.Create(CultureInfo.InvariantCulture, $"{OutboxKind.ActivityChanged.Name()}|{activityId}|{version}|{member.Format()}");

    public static string Subject(long changeId, long signUpId) => string.Create(CultureInfo.InvariantCulture, $"{changeId}:{signUpId}");

    public static bool TryParseSubject(string subject, out long changeId, out long signUpId)
    {
        changeId = 0;
        signUpId = 0;
        var colon = subject.IndexOf(':', StringComparison.Ordinal);
        return colon > 0
            && long.TryParse(subject.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out changeId)
            && long.TryParse(subject.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out signUpId);
    }

    private static async Task<List<(long SignUpId, MemberKey Member, ConversationKey? Conversation, MemberKey? ConversationMember)>> ToTellAsync(
        DbConnection connection, DbTransaction transaction, string activityId, CancellationToken cancellationToken)
    {
        var list = new List<(long, MemberKey, ConversationKey?, MemberKey?)>();
        await using var members = connection.Command(
            "SELECT id, member_key, conversation_key, conversation_member FROM signups WHERE activity_id = @a AND status IN ('confirmed', 'waitlisted') ORDER BY id",
            transaction).With("@a", activityId);
        await using var reader = await members.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add((Long(reader, 0), MemberKey.Parse(reader.GetString(1)), reader.GetStringOrNull(2) is { } key ? ConversationKey.Parse(key) : null,
                reader.GetStringOrNull(3) is { } owner ? MemberKey.Parse(owner) : null));
        }

        return list;
    }
}
