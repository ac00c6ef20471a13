namespace EngageBot.Features.Knowledge.Unanswered;

/// <summary>Why a question counts as unanswered: what the bot made of it.</summary>
public enum UnansweredReading
{
    /// <summary>Nothing near: the bot said it does not know.</summary>
    None,

    /// <summary>Plainly outside what the union covers (weather, stocks…).</summary>
    OffTopic,

    /// <summary>Two or more topics close: the bot asked "did you mean…".</summary>
    Clarify,

    /// <summary>Answered, but only because one topic was ahead of the others, not above the answer threshold.</summary>
    LowConfidence,
}
