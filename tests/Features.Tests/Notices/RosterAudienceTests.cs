using EngageBot.Core.Protocol;
using EngageBot.Core.State;
using EngageBot.Features.Members;
using EngageBot.Features.Members.Import;
using EngageBot.Features.Members.Roster;
using EngageBot.Features.Notices;
using EngageBot.Features.Outbox;
using EngageBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Features.Tests.Notices;

/// <summary>
/// Notices and the roster: "units" reach a unit's active members and those of the units under it; "all" reaches every
/// active rostered member plus everyone else reachable; deactivated members get nothing; a member who never signed
/// in has their copy held ("waiting") until their 1:1 chat starts.
/// </summary>
public sealed class RosterAudienceTests
{
    private static readonly DateTimeOffset Noon = ManualClock.Shanghai(2026, 11, 20, 12, 0);

    private const string Roster =
        """
        会员号,姓名,手机号,工会
        BJ-1,李娜,13800000001,朝阳区总工会/甲公司工会/技术部
        BJ-2,王芳,13800000002,朝阳区总工会/甲公司工会
        BJ-3,张伟,13800000003,朝阳区总工会/甲公司工会乙
        BJ-4,刘洋,13800000004,朝阳区总工会/甲公司工会
        """;

    private static async Task<SchedulerHarness> StartAsync()
    {
        var harness = await SchedulerHarness.StartAsync(Noon, configure: services =>
        {
            services.AddSingleton<IAudienceSource, UnitMembersSource>();
            services.AddSingleton<IReachableMembersSource, RosterMembersSource>();
        });
        var roster = new SqlMemberRoster(harness.Get<EngageBot.Infrastructure.IDatabase>(), harness.Clock);
        await roster.ImportAsync(RosterCsvParser.Parse(new CsvText(Roster, Guessed: false)).Plan!.Members, preview: false, CancellationToken.None);
        await roster.SetStatusAsync("BJ-4", MemberStatus.Deactivated, CancellationToken.None);
        // BJ-1 and BJ-4 have signed in before: their 1:1 chats on the built-in channel exist.
        await SignedInAsync(harness, "BJ-1");
        await SignedInAsync(harness, "BJ-4");
        return harness;
    }

    private static Task SignedInAsync(SchedulerHarness harness, string number)
    {
        var reference = MemberDirectChat.Reference(number) with { Bot = new ChannelAccount { Id = "bot" } };
        var record = new ConversationReferenceRecord(MemberDirectChat.Conversation(number), reference);
        return harness.Get<IStateStore>().CommitAsync(new TurnCommit(null, [], [], record), CancellationToken.None);
    }

    private static string Conversation(string number) => MemberDirectChat.Reference(number).Conversation.Id!;

    [Fact]
    public async Task A_unit_reaches_its_active_members_and_those_under_it_and_holds_the_copy_of_one_who_never_signed_in()
    {
        await using var harness = await StartAsync();
        var notice = await harness.AddNoticeAsync(new NoticeAudience { Units = ["朝阳区总工会/甲公司工会"] });

        await harness.Get<NoticeFiringService>().FireAsync(notice.Id, Noon, Noon, false, CancellationToken.None);
        await harness.DrainAsync();

        Assert.Equal([Conversation("BJ-1")], harness.Sink.Sent.Select(s => s.Conversation));
        Assert.Equal(new NoticeReport(2, 1, 0, 0, 0, 1), await harness.Get<NoticeStore>().ReportAsync(notice.Id, CancellationToken.None));
        var waiting = await harness.Get<OutboxDeliveries>().ListAsync(notice.Id, DeliveryStatus.WaitingForSignIn, 0, 10, CancellationToken.None);
        Assert.Equal([MemberDirectChat.MemberKey("BJ-2")], waiting.Select(d => d.MemberKey));

        // BJ-2 signs in for the first time: their chat starts, and what waited for them goes out into it.
        Assert.Equal(1, await harness.Get<WaitingDeliveries>().ReleaseAsync(MemberDirectChat.Conversation("BJ-2"), CancellationToken.None));
        await harness.DrainAsync();

        Assert.Equal([Conversation("BJ-1"), Conversation("BJ-2")], harness.Sink.Sent.Select(s => s.Conversation));
        Assert.Equal(new NoticeReport(2, 2, 0, 0, 0, 0), await harness.Get<NoticeStore>().ReportAsync(notice.Id, CancellationToken.None));
    }

    [Fact]
    public async Task All_reaches_every_active_rostered_member_and_every_other_reachable_member_but_no_deactivated_one()
    {
        await using var harness = await StartAsync();
        await harness.AddMemberAsync("wechat-user"); // not on the roster, has talked to the bot
        var notice = await harness.AddNoticeAsync(new NoticeAudience { All = true });

        await harness.Get<NoticeFiringService>().FireAsync(notice.Id, Noon, Noon, false, CancellationToken.None);
        await harness.DrainAsync();

        Assert.Equal(new NoticeReport(4, 2, 0, 0, 0, 2), await harness.Get<NoticeStore>().ReportAsync(notice.Id, CancellationToken.None));
        Assert.Equal(new HashSet<string> { "conv-wechat-user", Conversation("BJ-1") }, harness.Sink.Sent.Select(s => s.Conversation).ToHashSet());
        Assert.Equal(2, harness.Sink.Sent.Count);
        Assert.Equal(0, harness.Scalar($"SELECT COUNT(*) FROM outbox WHERE member_key = '{MemberDirectChat.MemberKey("BJ-4")}'"));
        Assert.Equal(4, await harness.Get<AudienceExpander>().CountAsync(new NoticeAudience { All = true }, CancellationToken.None));
    }

    [Fact]
    public async Task A_deactivated_member_named_directly_gets_nothing_and_a_non_rostered_member_without_a_chat_still_fails_as_unreachable()
    {
        await using var harness = await StartAsync();
        var notice = await harness.AddNoticeAsync(new NoticeAudience { Members = [MemberDirectChat.MemberKey("BJ-4").Format(), MemberDirectChat.MemberKey("NOBODY").Format()] });

        await harness.Get<NoticeFiringService>().FireAsync(notice.Id, Noon, Noon, false, CancellationToken.None);
        await harness.DrainAsync();

        Assert.Empty(harness.Sink.Sent);
        Assert.Equal(new NoticeReport(1, 0, 0, 1, 0, 0), await harness.Get<NoticeStore>().ReportAsync(notice.Id, CancellationToken.None));
    }
}
