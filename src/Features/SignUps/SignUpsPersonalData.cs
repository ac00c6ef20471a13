using System.Data.Common;
using EngageBot.Core.Privacy;
using EngageBot.Infrastructure;

namespace EngageBot.Features.SignUps;

/// <summary>
/// Sign-ups' share: every sign-up of the member (with its check-in, status <c>attended</c>). Erasing keeps each row,
/// so seats taken, waitlist order and attendance totals stay as they were, but strips it of the member: the member
/// key becomes <c>erased/{sign-up id}</c> (distinct, so the one-seat-per-member index holds), the name a placeholder,
/// and where to reach them and the message that made it are cleared. Status is untouched, so no capacity trigger runs.
/// The sign-up form's answers (部门, 电话…) are the member's too: exported with them and deleted on erasure.
/// <c>conversation_member</c> is whose chat the sign-up was made in: the member's own, their bound account's, or a group.
/// </summary>
public sealed class SignUpsPersonalData : IPersonalData
{
    public const string ErasedChannel = "erased";
    public const string ErasedName = "（已删除）";

    public async Task<IReadOnlyList<PersonalDataSet>> ExportAsync(DataSubject subject, DbConnection connection, CancellationToken cancellationToken)
    {
        await using var signUps = connection.Command(
            """
            SELECT s.id, s.activity_id, a.title AS activity_title, a.starts_at AS activity_starts_at, s.member_key, s.channel_id,
                   s.user_id, s.display_name, s.status, s.waitlist_position, s.language, s.conversation_key, s.conversation_member, s.source_key,
                   s.signed_up_at, s.confirmed_at, s.cancelled_at, s.attended_at, s.updated_at
            FROM signups s LEFT JOIN activities a ON a.id = s.activity_id WHERE s.member_key = @k ORDER BY s.id
            """).With("@k", subject.Member.Format());
        var rows = await PersonalRows.ReadAsync(signUps, cancellationToken);
        await using var answers = connection.Command(
            """
            SELECT x.signup_id, s.activity_id, x.answers, x.updated_at
            FROM signup_answers x JOIN signups s ON s.id = x.signup_id WHERE s.member_key = @k ORDER BY x.signup_id
            """).With("@k", subject.Member.Format());
        return
        [
            new("signUps", "活动报名与签到", "Sign-ups and check-ins", rows, "signed_up_at"),
            new("signUpAnswers", "报名表填写内容", "Sign-up form answers", await PersonalRows.ReadAsync(answers, cancellationToken), "updated_at"),
        ];
    }

    public async Task<IReadOnlyList<ErasedRows>> EraseAsync(
        DataSubject subject, DbConnection connection, DbTransaction transaction, long nowUnixMs, CancellationToken cancellationToken)
    {
        // Answers first: they are found through the member key the strip below replaces.
        await using var answers = connection.Command(
            "DELETE FROM signup_answers WHERE signup_id IN (SELECT id FROM signups WHERE member_key = @k)", transaction)
            .With("@k", subject.Member.Format());
        var answersErased = await answers.ExecuteNonQueryAsync(cancellationToken);
        await using var strip = connection.Command(
            """
            UPDATE signups SET member_key = @ch || '/' || CAST(id AS TEXT), channel_id = @ch, user_id = CAST(id AS TEXT),
                display_name = @name, conversation_key = NULL, conversation_member = NULL, source_key = NULL, updated_at = @t
            WHERE member_key = @k
            """, transaction)
            .With("@ch", ErasedChannel).With("@name", ErasedName).With("@t", nowUnixMs).With("@k", subject.Member.Format());
        return [new("signUps", 0, await strip.ExecuteNonQueryAsync(cancellationToken)), new("signUpAnswers", answersErased, 0)];
    }
}
