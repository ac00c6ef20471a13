using System.Collections.Concurrent;
using EngageBot.Core.Protocol;
using EngageBot.Core.Turns;
using EngageBot.Features.Notices;

namespace EngageBot.Features.Outbox;

/// <summary>Words notice and reminder rows (<see cref="NoticeMessageBuilder"/>), reading each notice, and other features' buttons for it (<see cref="INoticeActions"/>), once per burst.</summary>
public sealed class NoticeRenderer(NoticeStore notices, IEnumerable<INoticeActions> actions) : IOutboxRenderer
{
    private readonly ConcurrentDictionary<string, Notice?> _notices = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<CardAction>> _actions = new(StringComparer.Ordinal);

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

        if (notice is null)
        {
            return null;
        }

        if (!_actions.TryGetValue(subjectId, out var more))
        {
            var found = new List<CardAction>();
            foreach (var source in actions)
            {
                found.AddRange(await source.ActionsAsync(notice, cancellationToken));
            }

            if (_actions.Count > 1000)
            {
                _actions.Clear();
            }

            _actions[subjectId] = more = found;
        }

        return NoticeMessageBuilder.Build(notice, reference, more);
    }
}
