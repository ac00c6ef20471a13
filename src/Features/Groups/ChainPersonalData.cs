using System.Data.Common;
using System.Globalization;
using System.Text.Json.Nodes;
using EngageBot.Core.Privacy;
using EngageBot.Core.State;
using EngageBot.Features.Channels.DirectLine;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Groups;

/// <summary>
/// 接龙 lists name the members who joined them, inside their group's conversation state (<see cref="ChainRoute.Chain"/>).
/// Export shows the member's lines; erasing keeps each line, so a list's count stays right, but under a placeholder
/// name and id, and writes the document back with a new version, so a turn that read the old one re-runs on this.
/// </summary>
public sealed class ChainPersonalData(IStateStore states) : IPersonalData
{
    private const string Prefix = "conversation/" + DirectLineChannel.ChannelId + "/";

    public async Task<IReadOnlyList<PersonalDataSet>> ExportAsync(DataSubject subject, DbConnection connection, CancellationToken cancellationToken)
    {
        var rows = new List<JsonObject>();
        foreach (var (key, chain, _, updatedAt) in await ChainsAsync(subject, connection, null, cancellationToken))
        {
            foreach (var entry in Entries(chain).Where(e => Is(e["memberId"], subject)))
            {
                rows.Add(new JsonObject { ["conversation"] = key[Prefix.Length..], ["title"] = chain["title"]?.DeepClone(), ["name"] = entry["name"]?.DeepClone(), ["updated_at"] = updatedAt });
            }
        }

        return [new("chainEntries", "群接龙", "Group lists (接龙)", rows, "updated_at")];
    }

    public async Task<IReadOnlyList<ErasedRows>> EraseAsync(
        DataSubject subject, DbConnection connection, DbTransaction transaction, long nowUnixMs, CancellationToken cancellationToken)
    {
        var changed = 0;
        foreach (var (key, chain, version, _) in await ChainsAsync(subject, connection, transaction, cancellationToken))
        {
            foreach (var entry in Entries(chain).Where(e => Is(e["memberId"], subject)))
            {
                entry["memberId"] = GroupsPersonalData.ErasedCreator;
                entry["name"] = "（已删除）";
                changed++;
            }

            if (Is(chain["startedBy"], subject))
            {
                chain["startedBy"] = GroupsPersonalData.ErasedCreator;
            }

            await using var write = connection.Command("UPDATE state SET json = @j, version = version + 1, updated_at = @t WHERE key = @k AND version = @v", transaction)
                .With("@j", chain.Root.ToJsonString()).With("@t", nowUnixMs).With("@k", key).With("@v", version);
            await write.ExecuteNonQueryAsync(cancellationToken);
            (states as CachingStateStore)?.Forget(key);
        }

        return [new("chainEntries", 0, changed)];
    }

    /// <summary>The group documents whose chain names the member (a cheap LIKE first, then the JSON itself).</summary>
    private static async Task<List<(string Key, JsonObject Chain, long Version, long UpdatedAt)>> ChainsAsync(
        DataSubject subject, DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            "SELECT key, json, version, updated_at FROM state WHERE substr(key, 1, @n) = @p AND json LIKE '%groupChain%' AND json LIKE @u", transaction)
            .With("@n", Prefix.Length).With("@p", Prefix).With("@u", "%" + subject.UserId + "%");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var found = new List<(string, JsonObject, long, long)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            if (JsonNode.Parse(reader.GetString(1)) is JsonObject root && root["groupChain"] is JsonObject chain
                && (Entries(chain).Any(e => Is(e["memberId"], subject)) || Is(chain["startedBy"], subject)))
            {
                found.Add((reader.GetString(0), chain, Convert.ToInt64(reader.GetValue(2), CultureInfo.InvariantCulture), Convert.ToInt64(reader.GetValue(3), CultureInfo.InvariantCulture)));
            }
        }

        return found;
    }

    private static IEnumerable<JsonObject> Entries(JsonObject chain) => chain["entries"] is JsonArray entries ? entries.OfType<JsonObject>() : [];

    private static bool Is(JsonNode? id, DataSubject subject) => id is JsonValue value && value.TryGetValue<string>(out var text) && text == subject.UserId;
}
