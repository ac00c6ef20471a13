using EngageBot.Features.Dialogs;

namespace EngageBot.Features.Handoff;

/// <summary>Why a conversation went to staff.</summary>
public enum HandoffReason
{
    /// <summary>The member asked ("转人工").</summary>
    Requested,

    /// <summary>The bot failed to understand the member several times in a row.</summary>
    Misunderstood,
}
