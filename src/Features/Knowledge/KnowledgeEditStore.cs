using System.Text.Json;
using EngageBot.Features.Staff;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Knowledge;

/// <summary>Staff edits to knowledge entries, one row per edited entry (the latest edit wins).</summary>
public sealed class KnowledgeEditStore(IDatabase database)
{
    public async Task<IReadOnlyList<KnowledgeEdit>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command(
            "SELECT entry_id, answer_zh, answer_en, questions_zh, questions_en, updated_at, updated_by FROM knowledge_edits ORDER BY entry_id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var edits = new List<KnowledgeEdit>();
        while (await reader.ReadAsync(cancellationToken))
        {
            edits.Add(new KnowledgeEdit(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                Phrases(reader.GetString(3)),
                Phrases(reader.GetString(4)),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5)),
                reader.GetStringOrNull(6)));
        }

        return edits;
    }

    public Task SaveAsync(KnowledgeEdit edit, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.Command(
                """
                INSERT INTO knowledge_edits (entry_id, answer_zh, answer_en, questions_zh, questions_en, updated_at, updated_by)
                VALUES (@id, @azh, @aen, @qzh, @qen, @t, @by)
                ON CONFLICT (entry_id) DO UPDATE SET answer_zh = excluded.answer_zh, answer_en = excluded.answer_en,
                    questions_zh = excluded.questions_zh, questions_en = excluded.questions_en,
                    updated_at = excluded.updated_at, updated_by = excluded.updated_by
                """, transaction)
                .With("@id", edit.EntryId).With("@azh", edit.AnswerZh).With("@aen", edit.AnswerEn)
                .With("@qzh", JsonSerializer.Serialize(edit.QuestionsZh, ConsoleStorageJson.Default.IReadOnlyListString))
                .With("@qen", JsonSerializer.Serialize(edit.QuestionsEn, ConsoleStorageJson.Default.IReadOnlyListString))
                .With("@t", edit.UpdatedAt.ToUnixTimeMilliseconds()).With("@by", edit.UpdatedBy);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    private static List<string> Phrases(string json) =>
        JsonSerializer.Deserialize(json, ConsoleStorageJson.Default.IReadOnlyListString) is { } list ? [.. list] : [];
}
