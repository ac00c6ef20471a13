using System.Globalization;
using EngageBot.Core.Turns;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Knowledge.Unanswered;

/// <summary>The unanswered_questions table: appended in batches, read newest first, marked handled by staff.</summary>
public sealed class UnansweredStore(IDatabase database)
{
    public Task AddAsync(IReadOnlyList<UnansweredQuestion> questions, CancellationToken cancellationToken) =>
        questions.Count == 0 ? Task.CompletedTask
        : database.Provider == StorageProvider.Postgres ? AddAllAsync(questions, cancellationToken)
        : database.WriteAsync(async (connection, transaction) =>
        {
            foreach (var question in questions)
            {
                await using var insert = connection.Command(
                    "INSERT INTO unanswered_questions (at, text, language, reading, top_entry, score) VALUES (@t, @x, @l, @r, @e, @s)", transaction)
                    .With("@t", question.At.ToUnixTimeMilliseconds()).With("@x", question.Text).With("@l", LanguageCode(question.Language))
                    .With("@r", ReadingCode(question.Reading)).With("@e", question.TopEntry).With("@s", question.Score);
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            return questions.Count;
        }, cancellationToken);

    /// <summary>
    /// PostgreSQL: the batch as one statement over arrays, in order, on its own (a statement is its own transaction):
    /// one round trip, where BEGIN, an INSERT per question and COMMIT were two or more.
    /// </summary>
    private async Task AddAllAsync(IReadOnlyList<UnansweredQuestion> questions, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var insert = connection.Command(
            """
            INSERT INTO unanswered_questions (at, text, language, reading, top_entry, score)
            SELECT q.t, q.x, q.l, q.r, q.e, q.s
            FROM unnest(@t::bigint[], @x::text[], @l::text[], @r::text[], @e::text[], @s::float8[]) WITH ORDINALITY AS q(t, x, l, r, e, s, n)
            ORDER BY q.n
            """)
            .With("@t", questions.Select(q => q.At.ToUnixTimeMilliseconds()).ToArray()).With("@x", questions.Select(q => q.Text).ToArray())
            .With("@l", questions.Select(q => LanguageCode(q.Language)).ToArray()).With("@r", questions.Select(q => ReadingCode(q.Reading)).ToArray())
            .With("@e", questions.Select(q => q.TopEntry).ToArray()).With("@s", questions.Select(q => q.Score).ToArray());
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The newest questions staff have not handled yet, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<UnansweredQuestion>> ListOpenAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command(
            "SELECT id, at, text, language, reading, top_entry, score FROM unanswered_questions WHERE handled_at IS NULL ORDER BY id DESC LIMIT @n")
            .With("@n", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var questions = new List<UnansweredQuestion>();
        while (await reader.ReadAsync(cancellationToken))
        {
            questions.Add(new UnansweredQuestion(
                reader.GetInt64(0),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)),
                reader.GetString(2),
                reader.GetString(3) == "en" ? Language.English : Language.Chinese,
                Reading(reader.GetString(4)),
                reader.GetStringOrNull(5),
                Convert.ToDouble(reader.GetValue(6), CultureInfo.InvariantCulture)));
        }

        return questions;
    }

    /// <summary>The texts (digits masked) of those of <paramref name="ids"/> still open.</summary>
    public async Task<IReadOnlyList<string>> OpenTextsAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        var texts = new List<string>();
        foreach (var id in ids.Distinct())
        {
            await using var command = connection.Command("SELECT text FROM unanswered_questions WHERE id = @id AND handled_at IS NULL").With("@id", id);
            if (await command.ExecuteScalarAsync(cancellationToken) is string text)
            {
                texts.Add(text);
            }
        }

        return texts;
    }

    /// <summary>Marks open questions handled (turned into <paramref name="entryId"/>, or dismissed when null); returns how many changed.</summary>
    public Task<int> MarkHandledAsync(IReadOnlyList<long> ids, string? entryId, DateTimeOffset at, CancellationToken cancellationToken) =>
        ids.Count == 0 ? Task.FromResult(0) : database.WriteAsync(async (connection, transaction) =>
        {
            var changed = 0;
            foreach (var id in ids.Distinct())
            {
                await using var update = connection.Command(
                    "UPDATE unanswered_questions SET handled_at = @t, handled_entry = @e WHERE id = @id AND handled_at IS NULL", transaction)
                    .With("@t", at.ToUnixTimeMilliseconds()).With("@e", entryId).With("@id", id);
                changed += await update.ExecuteNonQueryAsync(cancellationToken);
            }

            return changed;
        }, cancellationToken);

    private static string LanguageCode(Language language) => language == Language.English ? "en" : "zh";

    private static string ReadingCode(UnansweredReading reading) => reading switch
    {
        UnansweredReading.OffTopic => "off_topic",
        UnansweredReading.Clarify => "clarify",
        UnansweredReading.LowConfidence => "low_confidence",
        _ => "none",
    };

    private static UnansweredReading Reading(string code) => code switch
    {
        "off_topic" => UnansweredReading.OffTopic,
        "clarify" => UnansweredReading.Clarify,
        "low_confidence" => UnansweredReading.LowConfidence,
        _ => UnansweredReading.None,
    };
}
