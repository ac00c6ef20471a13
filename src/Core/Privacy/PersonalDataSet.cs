using System.Text.Json.Nodes;

namespace EngageBot.Core.Privacy;

/// <summary>
/// One table's rows about the member, every column as stored (JSON columns as JSON). <see cref="TimeColumn"/> names
/// the unix-milliseconds column the readable summary takes the first and last dates from.
/// </summary>
public sealed record PersonalDataSet(string Name, string LabelZh, string LabelEn, IReadOnlyList<JsonObject> Rows, string? TimeColumn);

/// <summary>What an erasure did to one table: rows deleted, and rows kept but stripped of the member.</summary>
public sealed record ErasedRows(string Name, int Deleted, int Anonymised);
