using System.Globalization;
using EngageBot.Core.State;
using EngageBot.Core.Turns;
using EngageBot.Features.Outbox;
using EngageBot.Features.Polls;
using EngageBot.Infrastructure;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Polls;

/// <summary>
/// The polls' tables (schema 200) on both providers: one ballot per member however many votes race, a changed vote
/// replaces the first, nothing is recorded after the deadline or the close, and closing is won once, adding its
/// results message to the outbox once.
/// </summary>
public abstract class PollStoreContract : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 2, 0, 0, TimeSpan.Zero);

    private IDatabase _database = null!;

    protected abstract Task<IDatabase> CreateDatabaseAsync();

    public async Task InitializeAsync() => _database = await CreateDatabaseAsync();

    public async Task DisposeAsync() => await TestDatabases.DisposeAsync(_database);

    private PollStore Polls => new(_database);

    private BallotStore Ballots => new(_database);

    private static Poll NewPoll(string id, bool multiple = false, string? groupId = "g_1") =>
        new(id, "周五活动选哪个？", "Which activity on Friday?", ["羽毛球", "乒乓球", "瑜伽"], multiple, multiple ? 2 : 1, false, groupId, null,
            Now.AddHours(1), Now, "staff") { Salt = "salt" };

    private Task<VoteResult> VoteAsync(string pollId, string voter, int[] choices, DateTimeOffset at) =>
        Ballots.VoteAsync(pollId, voter, voter + "名", _ => choices, at, CancellationToken.None);

    [Fact]
    public async Task A_poll_is_stored_as_given_and_a_changed_vote_replaces_the_first()
    {
        await Polls.AddAsync(NewPoll("p1", multiple: true), null, Now.ToUnixTimeMilliseconds(), CancellationToken.None);

        var first = await VoteAsync("p1", "engagebot/dl_A1", [1, 3], Now.AddMinutes(1));
        var changed = await VoteAsync("p1", "engagebot/dl_A1", [2], Now.AddMinutes(2));
        var stored = await Polls.GetAsync("p1", CancellationToken.None);
        var ballot = Assert.Single(await Ballots.ListAsync("p1", CancellationToken.None));

        Assert.Equal(VoteOutcome.Recorded, first.Outcome);
        Assert.Equal([1, 3], first.Choices);
        Assert.Equal(VoteOutcome.Changed, changed.Outcome);
        Assert.Equal(["羽毛球", "乒乓球", "瑜伽"], stored!.Options);
        Assert.Equal((true, 2, "g_1", Now.AddHours(1)), (stored.Multiple, stored.MaxChoices, stored.GroupId, stored.ClosesAt));
        Assert.Equal(("engagebot/dl_A1", "engagebot/dl_A1名"), (ballot.VoterKey, ballot.VoterName));
        Assert.Equal([2], ballot.Choices);
    }

    [Fact]
    public async Task Votes_at_or_after_the_deadline_and_after_a_close_change_nothing()
    {
        await Polls.AddAsync(NewPoll("p1"), null, Now.ToUnixTimeMilliseconds(), CancellationToken.None);
        await Polls.AddAsync(NewPoll("p2"), null, Now.ToUnixTimeMilliseconds(), CancellationToken.None);

        var late = await VoteAsync("p1", "engagebot/dl_A1", [1], Now.AddHours(1));
        Assert.NotNull(await Polls.CloseAsync("p2", "staff", Now.AddMinutes(1), (_, _) => null, CancellationToken.None));
        var afterClose = await VoteAsync("p2", "engagebot/dl_A1", [1], Now.AddMinutes(2));

        Assert.Equal(VoteOutcome.Closed, late.Outcome);
        Assert.Equal(VoteOutcome.Closed, afterClose.Outcome);
        Assert.Empty(await Ballots.ListAsync("p1", CancellationToken.None));
        Assert.Empty(await Ballots.ListAsync("p2", CancellationToken.None));
    }

    [Fact]
    public async Task Concurrent_votes_never_double_count_one_member_and_count_every_member_once()
    {
        await Polls.AddAsync(NewPoll("p1"), null, Now.ToUnixTimeMilliseconds(), CancellationToken.None);

        var same = Enumerable.Range(0, 12).Select(i => VoteAsync("p1", "engagebot/dl_SAME", [(i % 3) + 1], Now.AddMinutes(1)));
        var many = Enumerable.Range(0, 12).Select(i => VoteAsync("p1", "engagebot/dl_M" + i.ToString(CultureInfo.InvariantCulture), [1], Now.AddMinutes(1)));
        var results = await Task.WhenAll(same.Concat(many));
        var poll = await Polls.GetAsync("p1", CancellationToken.None);
        var tally = PollTally.Of(poll!, await Ballots.ListAsync("p1", CancellationToken.None));

        Assert.Equal(13, tally.Voters);
        Assert.Equal(13, tally.Counts.Sum());
        Assert.Equal(13, results.Count(r => r.Outcome == VoteOutcome.Recorded));
        Assert.DoesNotContain(results, r => r.Outcome == VoteOutcome.Closed);
    }

    [Fact]
    public async Task Closing_is_won_once_and_its_results_message_is_added_once()
    {
        await Polls.AddAsync(NewPoll("p1"), null, Now.ToUnixTimeMilliseconds(), CancellationToken.None);
        await VoteAsync("p1", "engagebot/dl_A1", [2], Now.AddMinutes(1));
        var counted = new List<int>();
        OutboxEntry? Results(Poll poll, IReadOnlyList<Ballot> ballots)
        {
            lock (counted)
            {
                counted.Add(PollTally.Of(poll, ballots).Counts[1]);
            }

            return new OutboxEntry(OutboxKind.Message, "poll-results/" + poll.Id, new MemberKey("engagebot", "g_1"), new ConversationKey("engagebot", "g_1"))
            {
                ReferenceJson = "{}",
                Payload = "{}",
            };
        }

        var closes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Polls.CloseAsync("p1", "deadline", Now.AddHours(1), Results, CancellationToken.None)));

        Assert.Single(closes, c => c is not null);
        Assert.Equal([1], counted);
        Assert.Empty(await Polls.DueAsync(Now.AddHours(2), 10, CancellationToken.None));
        Assert.Equal((Now.AddHours(1), "deadline"), ((await Polls.GetAsync("p1", CancellationToken.None))!.ClosedAt, (await Polls.GetAsync("p1", CancellationToken.None))!.ClosedBy));
        await using var connection = await _database.OpenReadAsync(CancellationToken.None);
        await using var count = connection.Command("SELECT COUNT(*) FROM outbox WHERE idempotency_key = 'poll-results/p1'");
        Assert.Equal(1L, Convert.ToInt64(await count.ExecuteScalarAsync(), CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Due_polls_are_the_open_ones_past_their_deadline_and_recent_lists_find_them_by_target()
    {
        await Polls.AddAsync(NewPoll("p1"), null, Now.ToUnixTimeMilliseconds(), CancellationToken.None);
        await Polls.AddAsync(NewPoll("p2", groupId: null) with { NoticeId = "n_p2" }, null, Now.ToUnixTimeMilliseconds(), CancellationToken.None);

        Assert.Empty(await Polls.DueAsync(Now.AddMinutes(59), 10, CancellationToken.None));
        Assert.Equal(["p1", "p2"], (await Polls.DueAsync(Now.AddHours(1), 10, CancellationToken.None)).Order());
        Assert.Equal("p1", Assert.Single(await Polls.RecentInGroupAsync("g_1", Now, CancellationToken.None)).Id);
        Assert.Equal("p2", Assert.Single(await Polls.RecentNoticePollsAsync(Now, CancellationToken.None)).Id);
        Assert.Equal("p2", (await Polls.FindByNoticeAsync("n_p2", CancellationToken.None))!.Id);
        Assert.Empty(await Polls.RecentInGroupAsync("g_1", Now.AddHours(1), CancellationToken.None));
    }

    [Fact]
    public async Task A_vote_button_is_told_in_words_for_staff_and_an_anonymous_polls_choice_never_is()
    {
        await Polls.AddAsync(NewPoll("p1"), null, Now.ToUnixTimeMilliseconds(), CancellationToken.None);
        await Polls.AddAsync(NewPoll("p2") with { Anonymous = true, Salt = "s2" }, null, Now.ToUnixTimeMilliseconds(), CancellationToken.None);
        var describer = new PollTapDescriber(Polls);
        var named = (await Polls.GetAsync("p1", CancellationToken.None))!;
        var anonymous = (await Polls.GetAsync("p2", CancellationToken.None))!;

        var chose = await describer.DescribeAsync(PollActions.Button(named, 2).Value!.Value, CancellationToken.None);
        var voted = await describer.DescribeAsync(PollActions.Button(anonymous, 2).Value!.Value, CancellationToken.None);
        var other = await describer.DescribeAsync(System.Text.Json.JsonDocument.Parse("{\"action\":\"confirm\",\"noticeId\":\"n1\"}").RootElement, CancellationToken.None);

        Assert.Equal(new Localized("在投票“周五活动选哪个？”中选了“2. 乒乓球”", "Voted \"2. 乒乓球\" in the poll \"周五活动选哪个？\""), chose);
        Assert.Equal("在匿名投票“周五活动选哪个？”中投了票（匿名，不显示选项）", voted!.Zh);
        Assert.DoesNotContain("乒乓球", voted.Zh + voted.En, StringComparison.Ordinal);
        Assert.Null(other);
    }

    [Fact]
    public async Task The_export_shows_named_ballots_only_and_erasing_unlinks_named_and_anonymous_ballots_but_keeps_the_counts()
    {
        var member = new MemberKey("engagebot", "dl_A1");
        var subject = new Core.Privacy.DataSubject("A1", member, new ConversationKey("engagebot", "c1"));
        var anonymous = NewPoll("p2") with { Anonymous = true, Salt = "s2" };
        await Polls.AddAsync(NewPoll("p1"), null, Now.ToUnixTimeMilliseconds(), CancellationToken.None);
        await Polls.AddAsync(anonymous, null, Now.ToUnixTimeMilliseconds(), CancellationToken.None);
        await VoteAsync("p1", member.Format(), [2], Now.AddMinutes(1));
        await VoteAsync("p1", "engagebot/dl_B2", [1], Now.AddMinutes(1));
        await Ballots.VoteAsync("p2", PollVoting.VoterKey(anonymous, member), null, _ => [1], Now.AddMinutes(1), CancellationToken.None);
        var data = new PollsPersonalData();

        await using var connection = await _database.OpenReadAsync(CancellationToken.None);
        var exported = Assert.Single(await data.ExportAsync(subject, connection, CancellationToken.None));
        var erased = await _database.WriteAsync((c, t) => data.EraseAsync(subject, c, t, Now.ToUnixTimeMilliseconds(), CancellationToken.None), CancellationToken.None);
        var named = await Ballots.ListAsync("p1", CancellationToken.None);
        var hidden = Assert.Single(await Ballots.ListAsync("p2", CancellationToken.None));

        Assert.Equal("p1", Assert.Single(exported.Rows)["poll_id"]!.GetValue<string>());
        Assert.NotEqual(member.Format(), PollVoting.VoterKey(anonymous, member));
        Assert.Equal(2, Assert.Single(erased).Anonymised);
        Assert.Equal([1, 1, 0], PollTally.Of(NewPoll("p1"), named).Counts);
        Assert.DoesNotContain(named, b => b.VoterKey == member.Format() || b.VoterName == member.Format() + "名");
        Assert.StartsWith("erased:", hidden.VoterKey, StringComparison.Ordinal);
        Assert.Empty(Assert.Single(await data.ExportAsync(subject, connection, CancellationToken.None)).Rows);
    }
}
