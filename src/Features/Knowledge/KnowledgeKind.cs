using EngageBot.Features.Dialogs;

namespace EngageBot.Features.Knowledge;

/// <summary>What an entry describes: a benefit or service topic, or a club with a schedule.</summary>
public enum KnowledgeKind
{
    Topic,
    Club,
}
