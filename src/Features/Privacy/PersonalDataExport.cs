using System.Text.Json.Nodes;

namespace EngageBot.Features.Privacy;

/// <summary>
/// Everything stored about one member: a readable summary (Chinese text, and per table the count and first and last
/// dates) and every row, by table. <see cref="TimeZone"/> is the union's (IANA id), the zone the summary's dates are in
/// and the member page shows them in.
/// </summary>
public sealed record PersonalDataExport(
    string MemberNumber,
    DateTimeOffset ExportedAt,
    string TimeZone,
    string Summary,
    IReadOnlyList<SummaryItem> Items,
    IReadOnlyDictionary<string, IReadOnlyList<JsonObject>> Data);

/// <summary>One table of the export as a person reads it: what it is (zh / en), how many rows, first and last date.</summary>
public sealed record SummaryItem(string Name, string Label, string LabelEn, int Count, DateTimeOffset? First, DateTimeOffset? Last);

/// <summary>The confirmation an erasure needs: the member number again, as typed by the person who asks.</summary>
public sealed record EraseRequest(string? ConfirmMemberNumber);

/// <summary>
/// What an erasure did, per table; <see cref="AlreadyErased"/> when the member had been erased before (the
/// call changes nothing new, or only leftovers, and answers the same).
/// </summary>
public sealed record ErasureReport(string MemberNumber, bool AlreadyErased, DateTimeOffset ErasedAt, int Deleted, int Anonymised, IReadOnlyList<ErasedTable> Tables);

public sealed record ErasedTable(string Name, int Deleted, int Anonymised);

/// <summary>The confirmation erasing an account needs: its id again (the openid or userid), as typed by the person who asks.</summary>
public sealed record AccountEraseRequest(string? ConfirmUserId);
