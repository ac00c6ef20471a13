using EngageBot.Features.Staff;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Tests.Staff;

/// <summary>Staff account rules: the lockout check and the failure count as one step; chat links only by their holder. Run on each provider.</summary>
public abstract class StaffAccountStoreContract : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);

    protected IDatabase Database { get; private set; } = null!;

    private StaffStore Store => new(Database);

    public async Task InitializeAsync()
    {
        Database = await CreateDatabaseAsync();
        await Store.TryCreateAsync(new StaffAccount("s1", "clerk", "pbkdf2-sha256$100000$x$y", StaffRole.Staff, Now, 0, null), CancellationToken.None);
    }

    public Task DisposeAsync() => DeleteDatabaseAsync(Database);

    protected abstract Task<IDatabase> CreateDatabaseAsync();

    protected virtual Task DeleteDatabaseAsync(IDatabase database) => Task.CompletedTask;

    [Fact]
    public async Task Attempts_claimed_all_at_once_never_exceed_the_limit()
    {
        var claims = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => ClaimAsync(Now)));

        var account = await Store.FindByIdAsync("s1", CancellationToken.None);
        Assert.Equal(5, claims.Count(c => c));
        Assert.Equal((5, Now + Lockout), (account!.FailedAttempts, account.LockoutUntil));
    }

    [Fact]
    public async Task A_lock_that_ran_out_starts_a_fresh_count_and_success_clears_it()
    {
        for (var i = 0; i < 5; i++)
        {
            Assert.True(await ClaimAsync(Now));
        }

        var whileLocked = await ClaimAsync(Now + Lockout - TimeSpan.FromSeconds(1));
        var afterwards = await ClaimAsync(Now + Lockout);
        var counted = await Store.FindByIdAsync("s1", CancellationToken.None);
        await Store.RecordSuccessAsync("s1", Now + Lockout, CancellationToken.None);
        var cleared = await Store.FindByIdAsync("s1", CancellationToken.None);

        Assert.False(whileLocked);
        Assert.True(afterwards);
        Assert.Equal((1, (DateTimeOffset?)null), (counted!.FailedAttempts, counted.LockoutUntil));
        Assert.Equal(0, cleared!.FailedAttempts);
    }

    [Fact]
    public async Task A_number_set_without_its_holder_confirming_it_makes_nobody_staff()
    {
        await Store.TryCreateAsync(new StaffAccount("s2", "other", "pbkdf2-sha256$100000$x$y", StaffRole.Staff, Now, 0, null), CancellationToken.None);
        var links = new StaffMemberNumbers(Database);
        await Database.WriteAsync(async (connection, transaction) =>
        {
            // What PUT /api/admin/staff/{id}/member-number used to store (schema 070), as the upgrade finds it.
            await using var command = connection.Command("UPDATE staff_accounts SET member_number = 'S1' WHERE id = 's1'", transaction);
            return await command.ExecuteNonQueryAsync(CancellationToken.None);
        }, CancellationToken.None);

        var adminSet = await links.IsStaffAsync("S1", CancellationToken.None);
        await links.LinkAsync("s1", "s1", Now, CancellationToken.None);
        var confirmed = await links.IsStaffAsync("S1", CancellationToken.None);
        await links.LinkAsync("s2", "S1", Now, CancellationToken.None);
        var moved = await links.IsStaffAsync("s1", CancellationToken.None);
        await links.UnlinkAsync("s2", CancellationToken.None);

        Assert.False(adminSet);
        Assert.True(confirmed);
        Assert.True(moved);
        Assert.False(await links.IsStaffAsync("S1", CancellationToken.None));
        Assert.False(await links.LinkAsync("nobody", "S2", Now, CancellationToken.None));
    }

    private Task<bool> ClaimAsync(DateTimeOffset now) => Store.TryClaimAttemptAsync("s1", now, 5, now + Lockout, CancellationToken.None);
}
