using EngageBot.Dialogs.Turns;

namespace EngageBot.Dialogs.Knowledge;

/// <summary>When and where a club meets, and whom to ask.</summary>
public sealed record ClubDetails(Localized Schedule, Localized Place, Localized Contact);
