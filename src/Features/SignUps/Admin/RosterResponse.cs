namespace EngageBot.Features.SignUps.Admin;

/// <summary>
/// <c>GET /api/admin/activities/{id}/roster</c>: seat holders in sign-up order, then the waitlist in queue
/// order. <c>memberId</c> is the channel's <c>from.id</c>; <c>channelId</c> says which channel.
/// </summary>
public sealed record RosterResponse(IReadOnlyList<RosterConfirmed> Confirmed, IReadOnlyList<RosterWaiting> Waitlist);
