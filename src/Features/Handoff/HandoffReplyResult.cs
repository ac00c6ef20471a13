using EngageBot.Features.Dialogs;

namespace EngageBot.Features.Handoff;

/// <summary>How a staff reply went.</summary>
public enum HandoffReplyResult
{
    Sent,
    NotFound,
    Closed,

    /// <summary>The conversation has no stored reference to send to.</summary>
    NoConversation,
}
