using EngageBot.Core.State;
using EngageBot.Core.Turns;
using EngageBot.Features.Handoff;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Tests.Handoff;

/// <summary>The hand-off store's return time (schema 160), run on each provider.</summary>
public abstract class HandoffStoreContract : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);

    protected IDatabase Database { get; private set; } = null!;

    private HandoffStore Store => new(Database);

    public async Task InitializeAsync() => Database = await CreateDatabaseAsync();

    public Task DisposeAsync() => DeleteDatabaseAsync(Database);

    protected abstract Task<IDatabase> CreateDatabaseAsync();

    protected virtual Task DeleteDatabaseAsync(IDatabase database) => Task.CompletedTask;

    [Fact]
    public async Task A_ticket_keeps_its_return_time_and_is_due_only_once_it_has_come()
    {
        var (ticket, created) = await OpenAsync("conv-1", Now.AddHours(4));

        Assert.True(created);
        Assert.Equal(Now.AddHours(4), ticket.ReturnAt);
        Assert.Equal(Now.AddHours(4), (await Store.GetAsync(ticket.Id, CancellationToken.None))!.ReturnAt);
        Assert.Empty(await Store.ListDueToReturnAsync(Now.AddHours(4).AddMilliseconds(-1).ToUnixTimeMilliseconds(), 10, CancellationToken.None));
        var due = Assert.Single(await Store.ListDueToReturnAsync(Now.AddHours(4).ToUnixTimeMilliseconds(), 10, CancellationToken.None));
        Assert.Equal(ticket.Id, due.Id);
    }

    [Fact]
    public async Task Returning_closes_an_unanswered_ticket_once_and_never_an_answered_one()
    {
        var (unanswered, _) = await OpenAsync("conv-1", Now);
        var (answered, _) = await OpenAsync("conv-2", Now);
        Assert.True(await Store.MarkRepliedAsync(answered.Id, Now.ToUnixTimeMilliseconds(), CancellationToken.None));
        var later = Now.AddHours(1).ToUnixTimeMilliseconds();

        var due = await Store.ListDueToReturnAsync(later, 10, CancellationToken.None);
        Assert.Equal([unanswered.Id], due.Select(t => t.Id));
        Assert.True(await Store.ReturnToBotAsync(unanswered.Id, later, CancellationToken.None));
        Assert.False(await Store.ReturnToBotAsync(unanswered.Id, later, CancellationToken.None));
        Assert.False(await Store.ReturnToBotAsync(answered.Id, later, CancellationToken.None));

        var returned = await Store.GetAsync(unanswered.Id, CancellationToken.None);
        Assert.Equal((HandoffStatus.Closed, "timeout"), (returned!.Status, returned.ClosedBy));
        Assert.Empty(await Store.ListDueToReturnAsync(later, 10, CancellationToken.None));
        Assert.Equal([answered.Id], (await Store.ListOpenAsync(CancellationToken.None)).Select(t => t.Id));
    }

    [Fact]
    public async Task Returned_tickets_are_listed_newest_return_first_and_a_follow_up_is_recorded_only_on_them()
    {
        var (first, _) = await OpenAsync("conv-1", Now);
        var (second, _) = await OpenAsync("conv-2", Now);
        var (closedByStaff, _) = await OpenAsync("conv-3", Now);
        await Store.ReturnToBotAsync(first.Id, Now.AddMinutes(1).ToUnixTimeMilliseconds(), CancellationToken.None);
        await Store.ReturnToBotAsync(second.Id, Now.AddMinutes(2).ToUnixTimeMilliseconds(), CancellationToken.None);
        await Store.CloseAsync(closedByStaff.Id, "li.staff", Now.AddMinutes(3).ToUnixTimeMilliseconds(), CancellationToken.None);

        var returned = await Store.ListReturnedAsync(10, CancellationToken.None);
        var followed = await Store.MarkFollowedUpAsync(first.Id, Now.AddMinutes(5).ToUnixTimeMilliseconds(), CancellationToken.None);
        var notReturned = await Store.MarkFollowedUpAsync(closedByStaff.Id, Now.AddMinutes(5).ToUnixTimeMilliseconds(), CancellationToken.None);

        Assert.Equal([second.Id, first.Id], returned.Select(t => t.Id));
        Assert.All(returned, t => Assert.Equal("timeout", t.ClosedBy));
        Assert.Equal([second.Id], (await Store.ListReturnedAsync(1, CancellationToken.None)).Select(t => t.Id));
        Assert.Equal((true, false), (followed, notReturned));
        var after = (await Store.GetAsync(first.Id, CancellationToken.None))!;
        Assert.Equal((Now.AddMinutes(5), HandoffStatus.Closed), (after.FirstReplyAt, after.Status));
        Assert.Null((await Store.GetAsync(closedByStaff.Id, CancellationToken.None))!.FirstReplyAt);
    }

    [Fact]
    public async Task The_due_list_is_oldest_return_first_and_limited()
    {
        var (late, _) = await OpenAsync("conv-1", Now.AddMinutes(2));
        var (early, _) = await OpenAsync("conv-2", Now.AddMinutes(1));
        await OpenAsync("conv-3", Now.AddMinutes(3));

        var due = await Store.ListDueToReturnAsync(Now.AddHours(1).ToUnixTimeMilliseconds(), 2, CancellationToken.None);

        Assert.Equal([early.Id, late.Id], due.Select(t => t.Id));
    }

    private Task<(HandoffTicket Ticket, bool Created)> OpenAsync(string conversation, DateTimeOffset returnAt) =>
        Store.OpenAsync(new ConversationKey("emulator", conversation), "u-" + conversation, "王芳", HandoffReason.Requested, Language.Chinese,
            Now.ToUnixTimeMilliseconds(), returnAt.ToUnixTimeMilliseconds(), CancellationToken.None);
}
