using EngageBot.Core.State;
using System.Runtime.CompilerServices;
using EngageBot.Features.Notices;
using EngageBot.Features.Outbox;
using EngageBot.Infrastructure;

namespace EngageBot.Features.SignUps;

/// <summary>
/// The calendar over the sign-ups tables: activities as reminders see them, and an activity's confirmed
/// attendees (member key as sign-ups store it, <c>{channelId}/{userId}</c>). A sign-up made in a 1:1 chat is
/// reminded there; one made in a group is reminded in the member's own 1:1 chat (looked up by the outbox), never
/// in the group.
/// </summary>
public sealed class SqlActivityCalendar(ActivityStore activities, IDatabase database) : IActivityCalendar
{
    public async Task<CalendarActivity?> GetAsync(string activityId, CancellationToken cancellationToken) =>
        await activities.GetAsync(activityId, cancellationToken) is { } a
            ? new CalendarActivity(a.Id, a.Title, a.TitleEn, a.StartsAt, a.Status == ActivityStatus.Cancelled, a.ReminderLeadTimes)
            : null;

    public async IAsyncEnumerable<AudienceMember> StreamConfirmedAsync(string activityId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long after = 0;
        while (true)
        {
            var page = new List<(long Id, AudienceMember Member)>(ReachableMembers.PageSize);
            await using (var connection = await database.OpenReadAsync(cancellationToken))
            {
                await using var command = connection.Command(
                    """
                    SELECT s.id, s.member_key, r.key FROM signups s
                    LEFT JOIN conversation_references r ON r.key = s.conversation_key AND r.is_group = 0
                    WHERE s.activity_id = @a AND s.status IN ('confirmed', 'attended') AND s.id > @after
                    ORDER BY s.id LIMIT @n
                    """).With("@a", activityId).With("@after", after).With("@n", ReachableMembers.PageSize);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    var conversation = reader.GetStringOrNull(2);
                    page.Add((reader.GetInt64(0), new AudienceMember(MemberKey.Parse(reader.GetString(1)), conversation is null ? null : ConversationKey.Parse(conversation))));
                }
            }

            foreach (var (_, member) in page)
            {
                yield return member;
            }

            if (page.Count < ReachableMembers.PageSize)
            {
                yield break;
            }

            after = page[^1].Id;
        }
    }
}
