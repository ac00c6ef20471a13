using EngageBot.Core.State;
using EngageBot.Features.SignUps;

namespace EngageBot.Features.Tests.SignUps;

/// <summary>A member's own sign-ups: the whole list ("我的报名") and the one the cancel button asks about.</summary>
public abstract partial class SignUpStoreContract
{
    [Fact]
    public async Task The_cancel_buttons_read_finds_the_one_sign_up_as_the_members_list_shows_it()
    {
        var full = await _db.CreateActivityAsync(capacity: 1);
        var other = await _db.CreateActivityAsync(capacity: 5);
        var notJoined = await _db.CreateActivityAsync(capacity: 5);
        await _db.SignUps.SignUpAsync(SignUpDatabase.Request(full.Id, 1), CancellationToken.None);
        await _db.SignUps.SignUpAsync(SignUpDatabase.Request(full.Id, 2), CancellationToken.None);
        await _db.SignUps.SignUpAsync(SignUpDatabase.Request(other.Id, 2), CancellationToken.None);
        var member = new MemberKey("emulator", "user-2");

        var listed = await _db.Lists.ListForMemberAsync(member, CancellationToken.None);
        var waiting = await _db.Lists.FindForMemberAsync(member, full.Id, CancellationToken.None)
            ?? throw new InvalidOperationException("The waitlisted sign-up was not found.");
        var seated = await _db.Lists.FindForMemberAsync(member, other.Id, CancellationToken.None)
            ?? throw new InvalidOperationException("The confirmed sign-up was not found.");

        Assert.Equal(2, listed.Count);
        Assert.Equal(Shown(listed.Single(l => l.Activity.Id == full.Id)), Shown(waiting));
        Assert.Equal((full.Id, SignUpStatus.Waitlisted, (int?)1, 1, 1), Shown(waiting));
        Assert.Equal(Shown(listed.Single(l => l.Activity.Id == other.Id)), Shown(seated));
        Assert.Null(await _db.Lists.FindForMemberAsync(member, notJoined.Id, CancellationToken.None));

        await _db.SignUps.CancelAsync(full.Id, member, enforceDeadline: true, CancellationToken.None);
        Assert.Null(await _db.Lists.FindForMemberAsync(member, full.Id, CancellationToken.None));
        Assert.NotNull(await _db.Lists.FindForMemberAsync(member, other.Id, CancellationToken.None));
    }

    private static (string Activity, SignUpStatus Status, int? Place, int Confirmed, int Waitlisted) Shown(
        (SignUpRecord SignUp, ActivityRecord Activity, int? QueuePlace) entry) =>
        (entry.Activity.Id, entry.SignUp.Status, entry.QueuePlace, entry.Activity.Confirmed, entry.Activity.Waitlisted);
}
