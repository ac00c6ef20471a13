using System.Data.Common;
using EngageBot.Core.Privacy;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Staff;

/// <summary>
/// Staff's share: a staff account linked to the member's number (their chat counts as staff). Erasing unlinks it;
/// the account itself is the union's, not the member's, and stays. Never the password hash.
/// </summary>
public sealed class StaffPersonalData : IPersonalData
{
    public async Task<IReadOnlyList<PersonalDataSet>> ExportAsync(DataSubject subject, DbConnection connection, CancellationToken cancellationToken)
    {
        await using var link = connection.Command(
            "SELECT id AS staff_account_id, user_name, role, member_number, member_linked_at FROM staff_accounts WHERE member_number = @n")
            .With("@n", subject.MemberNumber);
        return [new("staffLink", "工作人员账号关联", "Staff account link", await PersonalRows.ReadAsync(link, cancellationToken), "member_linked_at")];
    }

    public async Task<IReadOnlyList<ErasedRows>> EraseAsync(
        DataSubject subject, DbConnection connection, DbTransaction transaction, long nowUnixMs, CancellationToken cancellationToken)
    {
        await using var unlink = connection.Command(
            "UPDATE staff_accounts SET member_number = NULL, member_linked_at = NULL WHERE member_number = @n", transaction)
            .With("@n", subject.MemberNumber);
        return [new("staffLink", 0, await unlink.ExecuteNonQueryAsync(cancellationToken))];
    }
}
