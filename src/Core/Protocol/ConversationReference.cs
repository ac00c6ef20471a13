namespace EngageBot.Core.Protocol;

/// <summary>What is needed to message a conversation later (proactive sends).</summary>
public sealed record ConversationReference
{
    /// <summary>Read by nothing; no longer stored (<see cref="ActivityExtensions.GetReference"/>), kept for old rows' documents.</summary>
    public string? ActivityId { get; init; }
    public ChannelAccount? User { get; init; }
    public ChannelAccount? Bot { get; init; }
    public required ConversationAccount Conversation { get; init; }
    public required string ChannelId { get; init; }
    public string? ServiceUrl { get; init; }
    public string? Locale { get; init; }
}
