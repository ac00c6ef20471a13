using EngageBot.Core.State;
using EngageBot.Features.SignUps;
using EngageBot.Infrastructure;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.SignUps;

/// <summary>Check-in with the venue code, and when it opens.</summary>
public abstract partial class SignUpStoreContract
{
    [Fact]
    public async Task Check_in_with_the_venue_code_marks_attendance_once()
    {
        var activity = await _db.CreateActivityAsync(capacity: 2, startsIn: TimeSpan.FromMinutes(30));
        await _db.SignUps.SignUpAsync(SignUpDatabase.Request(activity.Id, 1), CancellationToken.None);
        var member = new MemberKey("emulator", "user-1");
        var wrongCode = activity.CheckInCode == "000000" ? "000001" : "000000";

        var wrong = await _db.CheckIns.CheckInAsync(member, wrongCode, TimeSpan.FromHours(1), TimeSpan.FromHours(3), CancellationToken.None);
        var stranger = await _db.CheckIns.CheckInAsync(new MemberKey("emulator", "user-9"), activity.CheckInCode, TimeSpan.FromHours(1), TimeSpan.FromHours(3), CancellationToken.None);
        var first = await _db.CheckIns.CheckInAsync(member, activity.CheckInCode, TimeSpan.FromHours(1), TimeSpan.FromHours(3), CancellationToken.None);
        var again = await _db.CheckIns.CheckInAsync(member, activity.CheckInCode, TimeSpan.FromHours(1), TimeSpan.FromHours(3), CancellationToken.None);

        Assert.Equal(CheckInResultKind.WrongCode, wrong.Kind);
        Assert.Equal(CheckInResultKind.NotConfirmed, stranger.Kind);
        Assert.Equal(CheckInResultKind.CheckedIn, first.Kind);
        Assert.Equal(CheckInResultKind.AlreadyCheckedIn, again.Kind);
        var entry = Assert.Single(await _db.Lists.GetRosterAsync(activity.Id, CancellationToken.None));
        Assert.Equal(SignUpStatus.Attended, entry.Status);
    }

    [Fact]
    public async Task Check_in_days_before_the_activity_is_not_open_yet()
    {
        var activity = await _db.CreateActivityAsync(capacity: 2, startsIn: TimeSpan.FromDays(2));
        await _db.SignUps.SignUpAsync(SignUpDatabase.Request(activity.Id, 1), CancellationToken.None);

        var result = await _db.CheckIns.CheckInAsync(new MemberKey("emulator", "user-1"), activity.CheckInCode, TimeSpan.FromHours(1), TimeSpan.FromHours(3), CancellationToken.None);

        Assert.Equal(CheckInResultKind.NotOpen, result.Kind);
    }
}
