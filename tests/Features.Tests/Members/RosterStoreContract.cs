using EngageBot.Features.Members.Roster;
using EngageBot.Infrastructure;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Members;

/// <summary>The roster store's rules, run on each provider.</summary>
public abstract class RosterStoreContract : IAsyncLifetime
{
    private static readonly RosterMember Li = new("bj-0001", "李娜", "13800000001", "朝阳区总工会/某某公司工会/技术部",
        MemberStatus.Active, new DateOnly(2019, 3, 1), 1);

    protected IDatabase Database { get; private set; } = null!;

    private SqlMemberRoster Roster => new(Database, new ManualClock(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero)));

    public async Task InitializeAsync() => Database = await CreateDatabaseAsync();

    public Task DisposeAsync() => DeleteDatabaseAsync(Database);

    protected abstract Task<IDatabase> CreateDatabaseAsync();

    protected virtual Task DeleteDatabaseAsync(IDatabase database) => Task.CompletedTask;

    [Fact]
    public async Task A_member_is_found_by_number_whatever_its_case_and_spaces()
    {
        Assert.True(await Roster.UpsertAsync(Li, CancellationToken.None));

        var found = await Roster.FindAsync(" Bj-0001 ", CancellationToken.None);

        Assert.Equal(Li with { MemberNumber = "BJ-0001" }, found);
        Assert.Null(await Roster.FindAsync("BJ-0002", CancellationToken.None));
    }

    [Fact]
    public async Task Re_upserting_updates_the_details_and_keeps_status_and_sessions()
    {
        await Roster.UpsertAsync(Li, CancellationToken.None);
        await Roster.RevokeSessionsAsync("BJ-0001", CancellationToken.None);
        await Roster.SetStatusAsync("BJ-0001", MemberStatus.Deactivated, CancellationToken.None);

        var added = await Roster.UpsertAsync(Li with { Name = "李娜娜", Phone = "13900000009", Status = MemberStatus.Active }, CancellationToken.None);
        var found = await Roster.FindAsync("BJ-0001", CancellationToken.None);

        Assert.False(added);
        Assert.Equal(("李娜娜", "13900000009", MemberStatus.Deactivated, 3), (found!.Name, found.Phone, found.Status, found.SessionVersion));
    }

    [Fact]
    public async Task Deactivation_revokes_sessions_and_reactivation_does_not_restore_them()
    {
        await Roster.UpsertAsync(Li, CancellationToken.None);

        Assert.True(await Roster.SetStatusAsync("bj-0001", MemberStatus.Deactivated, CancellationToken.None));
        var deactivated = await Roster.FindAsync("BJ-0001", CancellationToken.None);
        Assert.True(await Roster.SetStatusAsync("bj-0001", MemberStatus.Active, CancellationToken.None));
        var reactivated = await Roster.FindAsync("BJ-0001", CancellationToken.None);

        Assert.Equal((MemberStatus.Deactivated, 2), (deactivated!.Status, deactivated.SessionVersion));
        Assert.Equal((MemberStatus.Active, 2), (reactivated!.Status, reactivated.SessionVersion));
    }

    [Fact]
    public async Task Unknown_numbers_change_nothing()
    {
        Assert.False(await Roster.SetStatusAsync("NOPE", MemberStatus.Deactivated, CancellationToken.None));
        Assert.Null(await Roster.RevokeSessionsAsync("NOPE", CancellationToken.None));
    }
}
