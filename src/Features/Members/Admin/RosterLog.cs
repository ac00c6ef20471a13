using Microsoft.Extensions.Logging;

namespace EngageBot.Features.Members.Admin;

/// <summary>Roster administration logs. EventIds 2400–2409. Counts only: never names, phone numbers or file contents.</summary>
internal static partial class RosterLog
{
    public const string Category = "EngageBot.Features.Members.Roster";

    [LoggerMessage(EventId = 2400, Level = LogLevel.Information,
        Message = "Roster import (preview: {Preview}): {Added} added, {Updated} updated, {Unchanged} unchanged, {Rejected} rows rejected")]
    public static partial void Imported(ILogger logger, bool preview, int added, int updated, int unchanged, int rejected);
}
