using EngageBot.Core.State;
using System.Runtime.CompilerServices;
using EngageBot.Features.Notices;
using EngageBot.Infrastructure;

namespace EngageBot.Features.SignUps;

/// <summary>
/// The calendar over the sign-ups tables: activities as reminders see them, and an activity's confirmed
/// attendees (member key as sign-ups store it, <c>{channelId}/{userId}</c>). A sign-up made in a 1:1 chat is
/// reminded there; one made in a group is reminded in the member's own 1:1 chat (looked up by the core's
/// <see cref="ConversationDirectory"/>), never in the group.
/// </summary>
public sealed class SqlActivityCalendar(ActivityStore activities, IDatabase database, ConversationDirectory conversations) : IActivityCalendar
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
            var page = new List<(long Id, MemberKey Member, ConversationKey? Conversation, MemberKey? ConversationMember)>(ReachableMembers.PageSize);
            await using (var connection = await database.OpenReadAsync(cancellationToken))
            {
                await using var command = connection.Command(
                    """
                    SELECT id, member_key, conversation_key, conversation_member FROM signups
                    WHERE activity_id = @a AND status IN ('confirmed', 'attended') AND id > @after
                    ORDER BY id LIMIT @n
                    """).With("@a", activityId).With("@after", after).With("@n", ReachableMembers.PageSize);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    var conversation = reader.GetStringOrNull(2);
                    var owner = reader.GetStringOrNull(3);
                    page.Add((reader.GetInt64(0), MemberKey.Parse(reader.GetString(1)), conversation is null ? null : ConversationKey.Parse(conversation),
                        owner is null ? null : MemberKey.Parse(owner)));
                }
            }

            // Only a sign-up made in a 1:1 chat the core knows is reminded there; the rest go to the member's own chat.
            var direct = await conversations.KnownDirectAsync(
                [.. page.Where(p => p.Conversation is not null).Select(p => new DirectConversation(p.ConversationMember ?? p.Member, p.Conversation!.Value))], cancellationToken);
            foreach (var (_, member, conversation, conversationMember) in page)
            {
                yield return conversation is { } c && direct.Contains(new DirectConversation(conversationMember ?? member, c))
                    ? new AudienceMember(member, c, conversationMember)
                    : new AudienceMember(member);
            }

            if (page.Count < ReachableMembers.PageSize)
            {
                yield break;
            }

            after = page[^1].Id;
        }
    }
}
