using EngageBot.Core.State;
using EngageBot.Features.Handoff;
using EngageBot.Features.Notices;
using EngageBot.Features.SignUps;

namespace EngageBot.Features.Staff;

/// <summary>
/// Counts for the dashboard. Members are the people the bot can reach in one-to-one chats; a conversation is
/// active when its transcript has an entry since <c>since</c>; a notice counts as sent once one delivery went out.
/// Every figure comes from its owner: the core's <see cref="ConversationDirectory"/>, and the sign-ups', notices'
/// and hand-off's own classes; no table is read here.
/// </summary>
public sealed class DashboardQueries(ConversationDirectory conversations, SignUpLists signUps, NoticeStore notices, HandoffStore handoffs)
{
    public async Task<DashboardFigures> ReadAsync(DateTimeOffset since, CancellationToken cancellationToken) => new(
        await conversations.CountDirectMembersAsync(cancellationToken),
        await conversations.CountActiveAsync(since, cancellationToken),
        await signUps.PerClubAsync(cancellationToken),
        await notices.CountSentAsync(NoticeKinds.Notice, cancellationToken),
        await handoffs.CountOpenAsync(cancellationToken));
}
