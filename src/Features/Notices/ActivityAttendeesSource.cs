using EngageBot.Features.Outbox;
using EngageBot.Features.SignUps;

namespace EngageBot.Features.Notices;

/// <summary>"activities" audiences: an activity's confirmed attendees, from the sign-ups feature's calendar.</summary>
public sealed class ActivityAttendeesSource(IActivityCalendar calendar) : IAudienceSource
{
    public AudienceKind Kind => AudienceKind.Activities;

    public IAsyncEnumerable<AudienceMember> StreamAsync(string id, CancellationToken cancellationToken) =>
        calendar.StreamConfirmedAsync(id, cancellationToken);
}
