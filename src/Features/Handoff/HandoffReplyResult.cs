using EngageBot.Features.Dialogs;

namespace EngageBot.Features.Handoff;

/// <summary>How a staff reply went.</summary>
public enum HandoffReplyResult
{
    /// <summary>In the outbox, on its way to the member.</summary>
    Sent,
    NotFound,
    Closed,

    /// <summary>The conversation has no stored reference to send to.</summary>
    NoConversation,
}
