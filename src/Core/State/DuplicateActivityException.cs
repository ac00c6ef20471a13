using EngageBot.Infrastructure;

namespace EngageBot.Core.State;

/// <summary>The activity's turn was already committed (a redelivery that raced the first delivery).</summary>
public sealed class DuplicateActivityException(string activityKey)
    : Exception($"Activity '{activityKey}' was already processed.")
{
    public string ActivityKey { get; } = activityKey;
}
