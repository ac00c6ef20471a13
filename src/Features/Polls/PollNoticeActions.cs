using EngageBot.Core.Protocol;
using EngageBot.Features.Notices;

namespace EngageBot.Features.Polls;

/// <summary>A poll sent as a notice carries one vote button per option (the notice's text numbers them for typed votes).</summary>
public sealed class PollNoticeActions(PollStore polls) : INoticeActions
{
    public async Task<IReadOnlyList<CardAction>> ActionsAsync(Notice notice, CancellationToken cancellationToken) =>
        notice.Kind == NoticeKinds.Notice && await polls.FindByNoticeAsync(notice.Id, cancellationToken) is { } poll ? PollMessages.Buttons(poll) : [];
}
