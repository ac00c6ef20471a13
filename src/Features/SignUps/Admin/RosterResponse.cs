namespace EngageBot.Features.SignUps.Admin;

/// <summary>
/// <c>GET /api/admin/activities/{id}/roster</c>: seat holders in sign-up order, then the waitlist in queue
/// order. <c>memberId</c> is the channel's <c>from.id</c>; <c>channelId</c> says which channel; <c>fields</c> is the
/// sign-up form (when there is one) whose keys the entries' <c>answers</c> use.
/// </summary>
public sealed record RosterResponse(IReadOnlyList<RosterConfirmed> Confirmed, IReadOnlyList<RosterWaiting> Waitlist,
    IReadOnlyList<Forms.FormField>? Fields = null);
