using System.Data.Common;
using System.Text.Json;
using EngageBot.Core.State;
using EngageBot.Infrastructure;
using static EngageBot.Features.SignUps.SignUpSql;

namespace EngageBot.Features.SignUps.Forms;

/// <summary>
/// Activities' sign-up forms and the members' answers. Answers are written with the seat (in the sign-up's own
/// transaction, <see cref="WriteAnswersAsync"/>) or changed later by the member until sign-up closes.
/// </summary>
public sealed class FormStore(IDatabase database, TimeProvider clock)
{
    public async Task<IReadOnlyList<FormField>> GetFieldsAsync(string activityId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command("SELECT fields FROM activity_forms WHERE activity_id = @a").With("@a", activityId);
        return await command.ExecuteScalarAsync(cancellationToken) is string json ? ParseFields(json) : [];
    }

    /// <summary>Replaces the activity's form (an empty list removes it). Answers to removed fields stay stored but are no longer shown.</summary>
    public Task SetFieldsAsync(string activityId, IReadOnlyList<FormField> fields, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var upsert = connection.Command(
                """
                INSERT INTO activity_forms (activity_id, fields, updated_at) VALUES (@a, @f, @now)
                ON CONFLICT (activity_id) DO UPDATE SET fields = excluded.fields, updated_at = excluded.updated_at
                """, transaction)
                .With("@a", activityId).With("@f", JsonSerializer.Serialize(fields.ToList(), FormJson.Default.ListFormField))
                .With("@now", clock.GetUtcNow().ToUnixTimeMilliseconds());
            await upsert.ExecuteNonQueryAsync(cancellationToken);
            return true;
        }, cancellationToken);

    /// <summary>The answers of every active sign-up of the activity, by sign-up id.</summary>
    public async Task<IReadOnlyDictionary<long, Dictionary<string, string>>> AnswersForActivityAsync(string activityId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command(
            $"SELECT s.id, x.answers FROM signups s JOIN signup_answers x ON x.signup_id = s.id WHERE s.activity_id = @a AND s.status IN {Active}")
            .With("@a", activityId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var answers = new Dictionary<long, Dictionary<string, string>>();
        while (await reader.ReadAsync(cancellationToken))
        {
            answers[Long(reader, 0)] = ParseAnswers(reader.GetString(1));
        }

        return answers;
    }

    /// <summary>The member's answers on their active sign-up for the activity; null when they are not signed up.</summary>
    public async Task<Dictionary<string, string>?> AnswersOfAsync(string activityId, MemberKey member, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command(
            $"""
            SELECT x.answers, s.id FROM signups s LEFT JOIN signup_answers x ON x.signup_id = s.id
            WHERE s.activity_id = @a AND s.member_key = @m AND s.status IN {Active}
            """).With("@a", activityId).With("@m", member.Format());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return !await reader.ReadAsync(cancellationToken) ? null
            : reader.GetValue(0) is string json ? ParseAnswers(json) : [];
    }

    /// <summary>
    /// Replaces the member's answers on their active sign-up, only while sign-up is open (the activity is
    /// locked first, as every seat change does).
    /// </summary>
    public Task<FormChangeResult> ChangeAnswersAsync(
        string activityId, MemberKey member, IReadOnlyDictionary<string, string> answers, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var activity = await LockActivityAsync(connection, transaction, database.Provider, activityId, cancellationToken);
            if (activity is null || activity.Status == ActivityStatus.Cancelled)
            {
                return new FormChangeResult(FormChangeKind.NotFound, activity);
            }

            var now = clock.GetUtcNow();
            await using var find = connection.Command(
                $"SELECT id FROM signups WHERE activity_id = @a AND member_key = @m AND status IN {Active}", transaction)
                .With("@a", activityId).With("@m", member.Format());
            if (await find.ExecuteScalarAsync(cancellationToken) is not { } id)
            {
                return new FormChangeResult(FormChangeKind.NotSignedUp, activity);
            }

            if (now >= activity.SignUpClosesAt)
            {
                return new FormChangeResult(FormChangeKind.DeadlinePassed, activity);
            }

            await WriteAnswersAsync(connection, transaction, Convert.ToInt64(id, System.Globalization.CultureInfo.InvariantCulture), answers, now.ToUnixTimeMilliseconds(), cancellationToken);
            return new FormChangeResult(FormChangeKind.Changed, activity);
        }, cancellationToken);

    /// <summary>Stores a sign-up's answers in the caller's transaction (the sign-up's own, or a change).</summary>
    public static async Task WriteAnswersAsync(
        DbConnection connection, DbTransaction transaction, long signUpId, IReadOnlyDictionary<string, string> answers, long now, CancellationToken cancellationToken)
    {
        await using var upsert = connection.Command(
            """
            INSERT INTO signup_answers (signup_id, answers, updated_at) VALUES (@s, @x, @now)
            ON CONFLICT (signup_id) DO UPDATE SET answers = excluded.answers, updated_at = excluded.updated_at
            """, transaction)
            .With("@s", signUpId).With("@x", JsonSerializer.Serialize(new Dictionary<string, string>(answers), FormJson.Default.DictionaryStringString))
            .With("@now", now);
        await upsert.ExecuteNonQueryAsync(cancellationToken);
    }

    public static IReadOnlyList<FormField> ParseFields(string json) => JsonSerializer.Deserialize(json, FormJson.Default.ListFormField) ?? [];

    public static Dictionary<string, string> ParseAnswers(string json) => JsonSerializer.Deserialize(json, FormJson.Default.DictionaryStringString) ?? [];
}

public enum FormChangeKind
{
    Changed,
    NotSignedUp,
    DeadlinePassed,
    NotFound,
}

/// <summary>How changing a member's answers went, with the activity when there is one.</summary>
public sealed record FormChangeResult(FormChangeKind Kind, ActivityRecord? Activity);
