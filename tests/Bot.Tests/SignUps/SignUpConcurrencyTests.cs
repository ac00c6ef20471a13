using EngageBot.Core.Protocol;
using EngageBot.Core.State;
using EngageBot.Features.SignUps;

namespace EngageBot.Bot.Tests.SignUps;

/// <summary>A crowd pressing "sign up" at once: never more seats than capacity, a fair queue, and promotions told once.</summary>
public sealed class SignUpConcurrencyTests : IAsyncLifetime
{
    private SignUpTestHost _host = null!;

    public async Task InitializeAsync() => _host = await SignUpTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_thousand_members_at_once_through_the_service_fill_twenty_seats_and_the_first_five_waiting_are_promoted_and_told_once()
    {
        var activityId = await _host.CreateActivityAsync(capacity: 20, startsIn: TimeSpan.FromDays(3));
        var service = _host.Bot.Services.GetRequiredService<SignUpService>();
        var members = Enumerable.Range(1, 1000).Select(i => $"m{i:D4}").ToList();
        await StoreReferencesAsync(members);

        var results = await Task.WhenAll(members.Select(m => Task.Run(() => service.SignUpAsync(
            new SignUpRequest(activityId, new MemberKey("emulator", m), "会员" + m, "zh", DirectConversation(m), "src-" + m), CancellationToken.None))));

        Assert.Equal(20, results.Count(r => r.Kind == SignUpResultKind.Confirmed));
        Assert.Equal(980, results.Count(r => r.Kind == SignUpResultKind.Waitlisted));
        Assert.Equal(1000, results.Select(r => r.SignUp!.Id).Distinct().Count());
        var byArrival = results.Select(r => r.SignUp!).OrderBy(s => s.Id).ToList();
        Assert.All(byArrival.Take(20), s => Assert.Equal(SignUpStatus.Confirmed, s.Status));
        Assert.Equal(Enumerable.Range(1, 980), byArrival.Skip(20).Select(s => s.WaitlistPosition!.Value));
        Assert.Equal(Enumerable.Range(1, 980), results.Where(r => r.Kind == SignUpResultKind.Waitlisted).Select(r => r.QueuePlace!.Value).Order());
        Assert.Equal(1000, _host.Bot.Count("signups"));

        var leaving = byArrival.Take(5).Select(s => s.Member).ToList();
        var cancels = await Task.WhenAll(leaving.Select(m => Task.Run(() => service.CancelAsync(activityId, m, enforceDeadline: true, CancellationToken.None))));

        var expected = byArrival.Skip(20).Take(5).Select(s => s.Member.UserId).ToHashSet();
        Assert.Equal(expected, cancels.Select(c => c.Promoted!.Member.UserId).ToHashSet());
        var told = await _host.WaitForAsync(5);
        Assert.True(await _host.NothingMoreAsync(TimeSpan.FromMilliseconds(700)));
        Assert.Equal(5, _host.Sink.All.Count);
        Assert.Equal(expected.Select(m => $"/v3/conversations/dm-{m}/activities").Order(), told.Select(t => t.Path).Order());
        Assert.All(told, t => Assert.Contains("已为您确认报名", t.Activity.Text, StringComparison.Ordinal));
        var roster = await _host.Bot.Services.GetRequiredService<SignUpLists>().GetRosterAsync(activityId, CancellationToken.None);
        Assert.Equal(20, roster.Count(r => r.Status == SignUpStatus.Confirmed));
        Assert.Equal(Enumerable.Range(1, 975), roster.Where(r => r.Status == SignUpStatus.Waitlisted).Select(r => r.QueuePlace!.Value));
    }

    [Fact]
    public async Task Two_hundred_members_pressing_the_postBack_button_at_once_get_twenty_seats_and_a_fair_queue()
    {
        var activityId = await _host.CreateActivityAsync(capacity: 20, startsIn: TimeSpan.FromDays(3));
        var members = Enumerable.Range(1, 200).Select(i => $"p{i:D3}").ToList();

        var responses = await Task.WhenAll(members.Select(m => Task.Run(() => _host.Bot.PostActivityAsync(_host.PostBack(m, "signup", activityId)))));

        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode));
        var replies = await _host.WaitForAsync(200);
        Assert.Equal(200, replies.Count);
        Assert.Equal(200, replies.Select(r => r.Activity.Recipient!.Id).Distinct().Count());
        Assert.Equal(20, replies.Count(r => r.Activity.Text!.StartsWith("报名成功", StringComparison.Ordinal)));
        Assert.Equal(180, replies.Count(r => r.Activity.Text!.Contains("已进入候补", StringComparison.Ordinal)));
        var roster = await _host.Bot.Services.GetRequiredService<SignUpLists>().GetRosterAsync(activityId, CancellationToken.None);
        Assert.Equal(20, roster.Count(r => r.Status == SignUpStatus.Confirmed));
        Assert.Equal(Enumerable.Range(1, 180), roster.Where(r => r.Status == SignUpStatus.Waitlisted).Select(r => r.QueuePlace!.Value));

        // Five seat holders cancel in chat (button, then "是"); the first five in the queue are told, once each.
        var leaving = roster.Where(r => r.Status == SignUpStatus.Confirmed).Take(5).Select(r => r.Member.UserId).ToList();
        var nextInLine = roster.Where(r => r.Status == SignUpStatus.Waitlisted).Take(5).Select(r => r.Member.UserId).ToHashSet();
        await Task.WhenAll(leaving.Select(async m =>
        {
            await _host.Bot.PostActivityAsync(_host.PostBack(m, "cancel", activityId));
            await _host.Bot.PostActivityAsync(_host.Message(m, "是"));
        }));

        var promotedNotices = await _host.WaitForAsync(5, r => r.Activity.Text?.StartsWith("好消息", StringComparison.Ordinal) == true);
        Assert.True(await _host.NothingMoreAsync(TimeSpan.FromMilliseconds(700)));
        Assert.Equal(5, promotedNotices.Count);
        Assert.Equal(nextInLine, promotedNotices.Select(n => n.Activity.Recipient!.Id!).ToHashSet());
        Assert.Equal(5, _host.Sink.All.Count(r => r.Activity.Text?.StartsWith("已取消", StringComparison.Ordinal) == true));
        var after = await _host.Bot.Services.GetRequiredService<SignUpLists>().GetRosterAsync(activityId, CancellationToken.None);
        Assert.Equal(20, after.Count(r => r.Status == SignUpStatus.Confirmed));
        Assert.Superset(nextInLine, after.Where(r => r.Status == SignUpStatus.Confirmed).Select(r => r.Member.UserId).ToHashSet());
    }

    private static ConversationKey DirectConversation(string member) => new("emulator", "dm-" + member);

    /// <summary>Stores each member's 1:1 conversation reference, as their first message to the bot would.</summary>
    private async Task StoreReferencesAsync(IEnumerable<string> members)
    {
        var store = _host.Bot.Services.GetRequiredService<IStateStore>();
        foreach (var member in members)
        {
            var reference = _host.Message(member, "hi").GetReference();
            await store.CommitAsync(new TurnCommit(null, [], [], new ConversationReferenceRecord(
                DirectConversation(member), reference)), CancellationToken.None);
        }
    }
}
