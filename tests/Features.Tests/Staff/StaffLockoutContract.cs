using EngageBot.Features.Staff;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Tests.Staff;

/// <summary>The lockout check and the failure count as one step, run on each provider.</summary>
public abstract class StaffLockoutContract : IAsyncLifetime
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

    private Task<bool> ClaimAsync(DateTimeOffset now) => Store.TryClaimAttemptAsync("s1", now, 5, now + Lockout, CancellationToken.None);
}
