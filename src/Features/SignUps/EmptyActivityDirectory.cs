using EngageBot.Features.Dialogs;
using EngageBot.Features.Knowledge;

namespace EngageBot.Features.SignUps;

/// <summary>The default until the sign-ups feature provides activities: none.</summary>
public sealed class EmptyActivityDirectory : IActivityDirectory
{
    public Task<IReadOnlyList<ActivityCard>> ListUpcomingAsync(TimeRange? range, string? topicId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ActivityCard>>([]);
}
