using System.Collections.Concurrent;
using EngageBot.Dialogs.Protocol;
using EngageBot.Dialogs.Turns;
using EngageBot.Scheduler.Notices;
using EngageBot.Storage.Outbox;

namespace EngageBot.Scheduler.Outbox;

/// <summary>Words notice and reminder rows (<see cref="NoticeMessageBuilder"/>), reading each notice once per burst.</summary>
public sealed class NoticeRenderer(NoticeStore notices) : IOutboxRenderer
{
    private readonly ConcurrentDictionary<string, Notice?> _notices = new(StringComparer.Ordinal);

    public bool Renders(OutboxKind kind) => kind == OutboxKind.Notice;

    public async Task<Activity?> RenderAsync(OutboxKind kind, string subjectId, ConversationReference reference, CancellationToken cancellationToken)
    {
        if (!_notices.TryGetValue(subjectId, out var notice))
        {
            notice = await notices.GetAsync(subjectId, cancellationToken);
            if (_notices.Count > 1000)
            {
                _notices.Clear();
            }

            _notices[subjectId] = notice;
        }

        return notice is null ? null : NoticeMessageBuilder.Build(notice, reference);
    }
}
