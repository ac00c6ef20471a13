using EngageBot.Core.State;
using EngageBot.Features.Notices;
using EngageBot.Features.Outbox;
using EngageBot.Infrastructure;

namespace EngageBot.Features.SignUps;

/// <summary>
/// "clubs" audiences for notices: there is no club membership table, so a club's members are everyone holding a
/// seat or a waitlist place (or who attended) in any of the club's activities; each member once. It lives with the
/// sign-ups tables it reads, and notices see it only as an <see cref="IAudienceSource"/>.
/// </summary>
public sealed class ClubMembersSource(IDatabase database) : IAudienceSource
{
    public AudienceKind Kind => AudienceKind.Clubs;

    public async IAsyncEnumerable<AudienceMember> StreamAsync(string id, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var memberKey in KeysetPager.StreamAsync(
            database,
            """
            SELECT DISTINCT s.member_key FROM signups s JOIN activities a ON a.id = s.activity_id
            WHERE a.club_id = @club AND s.status IN ('confirmed', 'waitlisted', 'attended') AND s.member_key > @after
            ORDER BY s.member_key LIMIT @n
            """,
            [("@club", id)],
            cancellationToken))
        {
            yield return new AudienceMember(MemberKey.Parse(memberKey));
        }
    }
}
