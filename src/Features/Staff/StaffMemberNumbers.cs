using EngageBot.Infrastructure;

namespace EngageBot.Features.Staff;

/// <summary>Links staff accounts to the member numbers they chat with (one account per number).</summary>
public sealed class StaffMemberNumbers(IDatabase database)
{
    /// <summary>Sets or clears (null) the account's member number; <see cref="StaffLinkResult"/> says how it went.</summary>
    public Task<StaffLinkResult> SetAsync(string staffId, string? memberNumber, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var normalized = memberNumber?.Trim().ToUpperInvariant();
            if (normalized is not null)
            {
                await using var taken = connection.Command(
                    "SELECT 1 FROM staff_accounts WHERE member_number = @n AND id <> @id", transaction).With("@n", normalized).With("@id", staffId);
                if (await taken.ExecuteScalarAsync(cancellationToken) is not null)
                {
                    return StaffLinkResult.NumberTaken;
                }
            }

            await using var update = connection.Command("UPDATE staff_accounts SET member_number = @n WHERE id = @id", transaction)
                .With("@n", normalized).With("@id", staffId);
            return await update.ExecuteNonQueryAsync(cancellationToken) == 1 ? StaffLinkResult.Linked : StaffLinkResult.NotFound;
        }, cancellationToken);

    /// <summary>True when a staff account holds <paramref name="memberNumber"/>.</summary>
    public async Task<bool> IsStaffAsync(string memberNumber, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command("SELECT 1 FROM staff_accounts WHERE member_number = @n")
            .With("@n", memberNumber.Trim().ToUpperInvariant());
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }
}
