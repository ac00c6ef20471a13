using EngageBot.Core.Protocol;

namespace EngageBot.Core.Turns;

/// <summary>How a turn ended, for the channel that delivered the activity.</summary>
public sealed record TurnResult
{
    /// <summary>Acknowledged without a turn: an activity type that runs none, or a redelivery.</summary>
    public static readonly TurnResult Acknowledged = new();

    public IReadOnlyList<Activity> Replies { get; init; } = [];

    /// <summary>Set for invoke activities: the status and body to answer the HTTP request with.</summary>
    public InvokeResponse? Invoke { get; init; }

    /// <summary>True when the channel asked for the replies in the response body (deliveryMode expectReplies).</summary>
    public bool ExpectReplies { get; init; }
}
