using EngageBot.Core.State;
using EngageBot.Features.SignUps;
using EngageBot.Infrastructure;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.SignUps;

/// <summary>
/// The seat rules (capacity, one seat per member, waitlist order, promotion), straight against each provider's
/// schema: on PostgreSQL they are its capacity trigger and unique index, on SQLite the single writer.
/// </summary>
public abstract partial class SignUpStoreContract : IAsyncLifetime
{
    private SignUpDatabase _db = null!;

    public async Task InitializeAsync() => _db = await CreateAsync();

    protected abstract Task<SignUpDatabase> CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_thousand_concurrent_sign_ups_fill_twenty_seats_and_queue_the_rest_in_arrival_order()
    {
        var activity = await _db.CreateActivityAsync(capacity: 20);

        var results = await Task.WhenAll(Enumerable.Range(1, 1000).Select(i =>
            Task.Run(() => _db.SignUps.SignUpAsync(SignUpDatabase.Request(activity.Id, i), CancellationToken.None))));

        Assert.Equal(20, results.Count(r => r.Kind == SignUpResultKind.Confirmed));
        Assert.Equal(980, results.Count(r => r.Kind == SignUpResultKind.Waitlisted));
        var roster = await _db.Lists.GetRosterAsync(activity.Id, CancellationToken.None);
        Assert.Equal(1000, roster.Select(r => r.Member).Distinct().Count());
        var byArrival = results.Select(r => r.SignUp!).OrderBy(s => s.Id).ToList();
        Assert.All(byArrival.Take(20), s => Assert.Equal(SignUpStatus.Confirmed, s.Status));
        Assert.Equal(Enumerable.Range(1, 980), byArrival.Skip(20).Select(s => s.WaitlistPosition!.Value));
        Assert.Equal(Enumerable.Range(1, 980), roster.Where(r => r.Status == SignUpStatus.Waitlisted).Select(r => r.QueuePlace!.Value));
    }

    [Fact]
    public async Task Signing_up_twice_keeps_one_seat_and_says_already_signed_up()
    {
        var activity = await _db.CreateActivityAsync(capacity: 2);

        var first = await _db.SignUps.SignUpAsync(SignUpDatabase.Request(activity.Id, 1), CancellationToken.None);
        var second = await _db.SignUps.SignUpAsync(SignUpDatabase.Request(activity.Id, 1), CancellationToken.None);

        Assert.Equal(SignUpResultKind.Confirmed, first.Kind);
        Assert.Equal(SignUpResultKind.AlreadySignedUp, second.Kind);
        Assert.Equal(first.SignUp!.Id, second.SignUp!.Id);
        Assert.Single(await _db.Lists.GetRosterAsync(activity.Id, CancellationToken.None));
    }

    [Fact]
    public async Task A_waitlisted_member_pressing_again_is_told_their_place_and_nothing_changes()
    {
        var activity = await _db.CreateActivityAsync(capacity: 1);
        foreach (var member in new[] { 1, 2, 3 })
        {
            await _db.SignUps.SignUpAsync(SignUpDatabase.Request(activity.Id, member), CancellationToken.None);
        }

        var again = await _db.SignUps.SignUpAsync(SignUpDatabase.Request(activity.Id, 3, source: "msg-9"), CancellationToken.None);

        Assert.Equal(SignUpResultKind.AlreadySignedUp, again.Kind);
        Assert.Equal(SignUpStatus.Waitlisted, again.SignUp!.Status);
        Assert.Equal(2, again.QueuePlace);
        Assert.Equal((1, 2), (again.Activity!.Confirmed, again.Activity.Waitlisted));
        Assert.Equal(3, (await _db.Lists.GetRosterAsync(activity.Id, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task A_member_already_signed_up_is_answered_while_another_change_holds_the_activity()
    {
        // A repeated press changes nothing, so it does not queue behind the transaction that holds the activity's row
        // (PostgreSQL's row lock, SQLite's one writer); before, it waited there for its turn.
        var activity = await _db.CreateActivityAsync(capacity: 2);
        await _db.SignUps.SignUpAsync(SignUpDatabase.Request(activity.Id, 1), CancellationToken.None);

        var again = await _db.Database.WriteAsync(async (connection, transaction) =>
        {
            await using var hold = connection.Command("UPDATE activities SET updated_at = updated_at WHERE id = @a", transaction).With("@a", activity.Id);
            await hold.ExecuteNonQueryAsync();
            // The guard only turns a hang (the press waiting for this very transaction) into a failure.
            return await _db.SignUps.SignUpAsync(SignUpDatabase.Request(activity.Id, 1), CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(2));
        }, CancellationToken.None);

        Assert.Equal(SignUpResultKind.AlreadySignedUp, again.Kind);
        Assert.Equal(SignUpStatus.Confirmed, again.SignUp!.Status);
        Assert.Null(again.QueuePlace);
    }

    [Fact]
    public async Task Two_concurrent_presses_of_one_member_take_one_ticket_and_both_answers_name_it()
    {
        // Each member's second press is answered either before the transaction (the first committed already) or inside
        // it, behind the activity's lock (on PostgreSQL the press's one statement finds the member's sign-up there).
        var activity = await _db.CreateActivityAsync(capacity: 1);
        await _db.SignUps.SignUpAsync(SignUpDatabase.Request(activity.Id, 100), CancellationToken.None);

        var results = await Task.WhenAll(Enumerable.Range(1, 20).SelectMany(member => new[] { "a", "b" }.Select(press =>
            Task.Run(() => _db.SignUps.SignUpAsync(SignUpDatabase.Request(activity.Id, member, source: $"msg-{member}-{press}"), CancellationToken.None)))));

        foreach (var pair in results.GroupBy(r => r.SignUp!.Member))
        {
            Assert.Equal([SignUpResultKind.Waitlisted, SignUpResultKind.AlreadySignedUp], pair.Select(r => r.Kind).Order());
            Assert.Single(pair.Select(r => r.SignUp!.Id).Distinct());
            Assert.Single(pair.Select(r => r.QueuePlace).Distinct());
        }

        var roster = await _db.Lists.GetRosterAsync(activity.Id, CancellationToken.None);
        Assert.Equal(21, roster.Count);
        Assert.Equal(Enumerable.Range(1, 20), roster.Where(r => r.Status == SignUpStatus.Waitlisted).Select(r => r.QueuePlace!.Value));
    }

    [Fact]
    public async Task A_replayed_request_returns_its_first_answer()
    {
        var activity = await _db.CreateActivityAsync(capacity: 1);
        await _db.SignUps.SignUpAsync(SignUpDatabase.Request(activity.Id, 1), CancellationToken.None);

        var first = await _db.SignUps.SignUpAsync(SignUpDatabase.Request(activity.Id, 2, source: "msg-7"), CancellationToken.None);
        var replay = await _db.SignUps.SignUpAsync(SignUpDatabase.Request(activity.Id, 2, source: "msg-7"), CancellationToken.None);

        Assert.Equal(SignUpResultKind.Waitlisted, first.Kind);
        Assert.Equal(SignUpResultKind.Waitlisted, replay.Kind);
        Assert.Equal(1, replay.QueuePlace);
        Assert.Equal(2, (await _db.Lists.GetRosterAsync(activity.Id, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Cancelling_a_seat_promotes_the_first_waitlisted_member_and_queues_one_notice()
    {
        var activity = await _db.CreateActivityAsync(capacity: 1);
        await _db.SignUps.SignUpAsync(SignUpDatabase.Request(activity.Id, 1), CancellationToken.None);
        await _db.SignUps.SignUpAsync(SignUpDatabase.Request(activity.Id, 2), CancellationToken.None);
        await _db.SignUps.SignUpAsync(SignUpDatabase.Request(activity.Id, 3), CancellationToken.None);

        var cancel = await _db.SignUps.CancelAsync(activity.Id, new MemberKey("emulator", "user-1"), enforceDeadline: true, CancellationToken.None);

        Assert.Equal(CancelResultKind.Cancelled, cancel.Kind);
        Assert.Equal("user-2", cancel.Promoted?.Member.UserId);
        var notice = Assert.Single(await _db.OutboxAsync());
        Assert.Equal(("signup_promoted", "emulator/user-2", "emulator/conv-2"), (notice.Kind, notice.Member, notice.Conversation));
        Assert.Equal([notice.Id], cancel.NoticeIds);
        var news = await _db.News.GetAsync(long.Parse(notice.Subject, System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None);
        Assert.Equal("user-2", news!.SignUp.Member.UserId);
        Assert.Equal(activity.Id, news.Activity.Id);
        var roster = await _db.Lists.GetRosterAsync(activity.Id, CancellationToken.None);
        Assert.Equal(["user-2", "user-3"], roster.Select(r => r.Member.UserId));
        Assert.Equal(1, roster[1].QueuePlace);
    }

    [Fact]
    public async Task Leaving_the_waitlist_promotes_nobody()
    {
        var activity = await _db.CreateActivityAsync(capacity: 1);
        await _db.SignUps.SignUpAsync(SignUpDatabase.Request(activity.Id, 1), CancellationToken.None);
        await _db.SignUps.SignUpAsync(SignUpDatabase.Request(activity.Id, 2), CancellationToken.None);

        var cancel = await _db.SignUps.CancelAsync(activity.Id, new MemberKey("emulator", "user-2"), enforceDeadline: true, CancellationToken.None);

        Assert.Equal(CancelResultKind.Cancelled, cancel.Kind);
        Assert.Null(cancel.Promoted);
        Assert.Empty(await _db.OutboxAsync());
    }

    [Fact]
    public async Task Sign_ups_after_the_deadline_are_refused_and_change_nothing()
    {
        var activity = await _db.CreateActivityAsync(capacity: 5, signUpDeadline: _db.Clock.GetUtcNow().AddHours(1));
        _db.Clock.Advance(TimeSpan.FromHours(2));

        var result = await _db.SignUps.SignUpAsync(SignUpDatabase.Request(activity.Id, 1), CancellationToken.None);

        Assert.Equal(SignUpResultKind.DeadlinePassed, result.Kind);
        Assert.Empty(await _db.Lists.GetRosterAsync(activity.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Giving_back_a_seat_after_the_cancellation_deadline_is_refused()
    {
        var activity = await _db.CreateActivityAsync(capacity: 5, cancelDeadline: _db.Clock.GetUtcNow().AddHours(1));
        await _db.SignUps.SignUpAsync(SignUpDatabase.Request(activity.Id, 1), CancellationToken.None);
        _db.Clock.Advance(TimeSpan.FromHours(2));

        var result = await _db.SignUps.CancelAsync(activity.Id, new MemberKey("emulator", "user-1"), enforceDeadline: true, CancellationToken.None);

        Assert.Equal(CancelResultKind.DeadlinePassed, result.Kind);
        Assert.Equal(SignUpStatus.Confirmed, Assert.Single(await _db.Lists.GetRosterAsync(activity.Id, CancellationToken.None)).Status);
    }

    [Fact]
    public async Task The_database_itself_refuses_a_seat_beyond_capacity()
    {
        var activity = await _db.CreateActivityAsync(capacity: 1);
        await _db.SignUps.SignUpAsync(SignUpDatabase.Request(activity.Id, 1), CancellationToken.None);

        var ex = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => _db.Database.WriteAsync(async (connection, transaction) =>
        {
            await using var insert = connection.Command(
                """
                INSERT INTO signups (activity_id, member_key, channel_id, user_id, display_name, status, signed_up_at, updated_at)
                VALUES (@a, 'x/y', 'x', 'y', 'sneaky', 'confirmed', 0, 0)
                """, transaction).With("@a", activity.Id);
            return await insert.ExecuteNonQueryAsync(CancellationToken.None);
        }, CancellationToken.None));

        Assert.Contains("capacity", ex.Message, StringComparison.Ordinal);
        Assert.Single(await _db.Lists.GetRosterAsync(activity.Id, CancellationToken.None));
    }

    [Fact]
    public async Task A_larger_capacity_promotes_from_the_waitlist_and_a_smaller_one_below_the_seats_taken_is_refused()
    {
        var activity = await _db.CreateActivityAsync(capacity: 1);
        for (var i = 1; i <= 4; i++)
        {
            await _db.SignUps.SignUpAsync(SignUpDatabase.Request(activity.Id, i), CancellationToken.None);
        }

        var draft = new ActivityDraft(null, activity.Title, activity.TitleEn, activity.StartsAt, activity.EndsAt, activity.Place, 3, null, null, []);
        var grown = await _db.Activities.UpdateAsync(activity.Id, draft, CancellationToken.None);
        var shrunk = await _db.Activities.UpdateAsync(activity.Id, draft with { Capacity = 2 }, CancellationToken.None);

        Assert.Equal(ActivityUpdateKind.Updated, grown.Kind);
        Assert.Equal(2, grown.NoticeIds.Count);
        Assert.Equal(3, grown.Activity!.Confirmed);
        Assert.Equal(1, grown.Activity.Waitlisted);
        Assert.Equal(ActivityUpdateKind.CapacityBelowConfirmed, shrunk.Kind);
        Assert.Equal(3, (await _db.Activities.GetAsync(activity.Id, CancellationToken.None))!.Capacity);
    }

    [Fact]
    public async Task Cancelling_an_activity_queues_a_notice_for_every_member_signed_up()
    {
        var activity = await _db.CreateActivityAsync(capacity: 1);
        await _db.SignUps.SignUpAsync(SignUpDatabase.Request(activity.Id, 1), CancellationToken.None);
        await _db.SignUps.SignUpAsync(SignUpDatabase.Request(activity.Id, 2), CancellationToken.None);

        var cancelled = await _db.Activities.CancelAsync(activity.Id, CancellationToken.None);
        var again = await _db.Activities.CancelAsync(activity.Id, CancellationToken.None);
        var late = await _db.SignUps.SignUpAsync(SignUpDatabase.Request(activity.Id, 3), CancellationToken.None);

        Assert.Equal(2, cancelled.NoticeIds.Count);
        Assert.Equal(ActivityUpdateKind.AlreadyCancelled, again.Kind);
        Assert.Equal(SignUpResultKind.ActivityCancelled, late.Kind);
        var notices = await _db.OutboxAsync();
        Assert.Equal(cancelled.NoticeIds, notices.Select(n => n.Id));
        Assert.All(notices, n => Assert.Equal("signup_cancelled", n.Kind));
        Assert.Equal(["emulator/user-1", "emulator/user-2"], notices.Select(n => n.Member));
    }
}
