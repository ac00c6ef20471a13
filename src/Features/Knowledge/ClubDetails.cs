using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;

namespace EngageBot.Features.Knowledge;

/// <summary>When and where a club meets, and whom to ask.</summary>
public sealed record ClubDetails(Localized Schedule, Localized Place, Localized Contact);
