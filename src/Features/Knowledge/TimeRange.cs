using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;

namespace EngageBot.Features.Knowledge;

/// <summary>Days in Beijing time, both ends included, with how the member said it.</summary>
public sealed record TimeRange(DateOnly From, DateOnly To, Localized Label)
{
    public bool Contains(DateOnly day) => day >= From && day <= To;
}
