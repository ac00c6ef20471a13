using System.Collections.Concurrent;
using EngageBot.Core.Protocol;
using EngageBot.Core.Turns;
using EngageBot.Features.Notices;

namespace EngageBot.Features.Outbox;

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
