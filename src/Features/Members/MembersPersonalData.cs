using System.Data.Common;
using EngageBot.Core.Privacy;
using EngageBot.Features.Members.Roster;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Members;

/// <summary>
/// The member feature's share: the roster row (name, phone, unit, status, session version) and the sign-in record
/// (when codes were sent and how many wrong guesses; never the code's hash, a secret of the service).
/// Erasing removes both. The roster row goes rather than staying as an anonymised shell: nothing else counts on it
/// (sign-ups keep their own rows), and without it every session token of the member fails at once, since a token
/// that claims a session is only valid against the member's row (<see cref="MemberSessionCheck"/>).
/// </summary>
public sealed class MembersPersonalData : IPersonalData
{
    public async Task<IReadOnlyList<PersonalDataSet>> ExportAsync(DataSubject subject, DbConnection connection, CancellationToken cancellationToken)
    {
        await using var roster = connection.Command(
            "SELECT member_number, name, phone, unit, status, joined_on, wecom_userid, session_version, created_at, updated_at FROM members WHERE member_number = @n")
            .With("@n", SqlMemberRoster.Normalize(subject.MemberNumber));
        await using var signIn = connection.Command(
            """
            SELECT member_number, expires_at AS last_code_expires_at, failed_attempts, last_sent_at, window_start, window_count, touched_at
            FROM member_sign_in_codes WHERE member_number = @n
            """).With("@n", SqlMemberRoster.Normalize(subject.MemberNumber));
        return
        [
            new("roster", "会员名册信息", "Roster entry", await PersonalRows.ReadAsync(roster, cancellationToken), "created_at"),
            new("signIns", "登录验证码记录", "Sign-in codes sent", await PersonalRows.ReadAsync(signIn, cancellationToken), "last_sent_at"),
        ];
    }

    public async Task<IReadOnlyList<ErasedRows>> EraseAsync(
        DataSubject subject, DbConnection connection, DbTransaction transaction, long nowUnixMs, CancellationToken cancellationToken)
    {
        await using var codes = connection.Command("DELETE FROM member_sign_in_codes WHERE member_number = @n", transaction)
            .With("@n", SqlMemberRoster.Normalize(subject.MemberNumber));
        var codeRows = await codes.ExecuteNonQueryAsync(cancellationToken);
        await using var roster = connection.Command("DELETE FROM members WHERE member_number = @n", transaction)
            .With("@n", SqlMemberRoster.Normalize(subject.MemberNumber));
        var rosterRows = await roster.ExecuteNonQueryAsync(cancellationToken);
        return [new("roster", rosterRows, 0), new("signIns", codeRows, 0)];
    }
}
