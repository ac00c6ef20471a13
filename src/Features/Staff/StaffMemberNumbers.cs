using EngageBot.Infrastructure;

namespace EngageBot.Features.Staff;

/// <summary>
/// The member number a staff account chats with. Only a link the staff member made themselves (signed in to both
/// sides, <see cref="StaffChatLinkEndpoints"/>) counts; an admin can remove a link but not make one.
/// </summary>
public sealed class StaffMemberNumbers(IDatabase database)
{
    /// <summary>
    /// Links the account to the member number its holder just proved, moving the number off any other account (one
    /// account per number). False for an unknown account.
    /// </summary>
    public Task<bool> LinkAsync(string staffId, string memberNumber, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var normalized = memberNumber.Trim().ToUpperInvariant();
            await using (var release = connection.Command(
                "UPDATE staff_accounts SET member_number = NULL, member_linked_at = NULL WHERE member_number = @n AND id <> @id", transaction)
                .With("@n", normalized).With("@id", staffId))
            {
                await release.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var link = connection.Command("UPDATE staff_accounts SET member_number = @n, member_linked_at = @t WHERE id = @id", transaction)
                .With("@n", normalized).With("@t", now.ToUnixTimeMilliseconds()).With("@id", staffId);
            return await link.ExecuteNonQueryAsync(cancellationToken) == 1;
        }, cancellationToken);

    /// <summary>Removes the account's link; false for an unknown account.</summary>
    public Task<bool> UnlinkAsync(string staffId, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var unlink = connection.Command("UPDATE staff_accounts SET member_number = NULL, member_linked_at = NULL WHERE id = @id", transaction)
                .With("@id", staffId);
            return await unlink.ExecuteNonQueryAsync(cancellationToken) == 1;
        }, cancellationToken);

    /// <summary>True when a staff account holds <paramref name="memberNumber"/> by a link its holder made.</summary>
    public async Task<bool> IsStaffAsync(string memberNumber, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command("SELECT 1 FROM staff_accounts WHERE member_number = @n AND member_linked_at IS NOT NULL")
            .With("@n", memberNumber.Trim().ToUpperInvariant());
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }
}
