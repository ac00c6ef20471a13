using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Nodes;
using EngageBot.Infrastructure;

namespace EngageBot.Core.Privacy;

/// <summary>Reads rows for an export as they are stored, and the SQL both providers need to find a member's messages.</summary>
public static class PersonalRows
{
    /// <summary>Columns that hold JSON documents: exported as JSON, not as strings of JSON.</summary>
    private static readonly HashSet<string> JsonColumns = new(StringComparer.OrdinalIgnoreCase) { "json", "payload", "reference_json", "audience" };

    public static async Task<IReadOnlyList<JsonObject>> ReadAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<JsonObject>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new JsonObject();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var name = reader.GetName(i);
                row[name] = Value(name, reader.GetValue(i));
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>The sender id of the activity stored in <paramref name="column"/>, as an SQL expression of the provider.</summary>
    public static string SenderIdSql(StorageProvider provider, string column = "json") => provider == StorageProvider.Postgres
        ? $"(({column})::json -> 'from' ->> 'id')"
        : $"json_extract({column}, '$.from.id')";

    private static JsonNode? Value(string name, object value) => value switch
    {
        DBNull => null,
        string text when JsonColumns.Contains(name) => ParseOrText(text),
        string text => JsonValue.Create(text),
        long number => JsonValue.Create(number),
        int number => JsonValue.Create(number),
        short number => JsonValue.Create(number),
        double number => JsonValue.Create(number),
        decimal number => JsonValue.Create(number),
        bool flag => JsonValue.Create(flag),
        byte[] bytes => JsonValue.Create(Convert.ToBase64String(bytes)),
        _ => JsonValue.Create(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)),
    };

    private static JsonNode? ParseOrText(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }
}
