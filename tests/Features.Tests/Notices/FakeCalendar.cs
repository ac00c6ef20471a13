using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using EngageBot.Features.Notices;
using EngageBot.Features.Outbox;
using EngageBot.Features.SignUps;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Notices;

/// <summary>An in-memory activity calendar standing in for the sign-ups tables.</summary>
public sealed class FakeCalendar : IActivityCalendar
{
    public ConcurrentDictionary<string, CalendarActivity> Activities { get; } = new();

    public ConcurrentDictionary<string, List<AudienceMember>> Confirmed { get; } = new();

    public Task<CalendarActivity?> GetAsync(string activityId, CancellationToken cancellationToken) =>
        Task.FromResult(Activities.GetValueOrDefault(activityId));

    public async IAsyncEnumerable<AudienceMember> StreamConfirmedAsync(string activityId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        foreach (var member in Confirmed.GetValueOrDefault(activityId) ?? [])
        {
            yield return member;
        }
    }
}
