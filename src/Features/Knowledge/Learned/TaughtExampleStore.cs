using EngageBot.Infrastructure;

namespace EngageBot.Features.Knowledge.Learned;

/// <summary>The learned_examples table: phrasings staff labelled in the console, kept beside the shipped examples.tsv.</summary>
public sealed class TaughtExampleStore(IDatabase database)
{
    /// <summary>Every taught example, oldest first.</summary>
    public async Task<IReadOnlyList<LearnedExample>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command("SELECT text, label FROM learned_examples ORDER BY id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var examples = new List<LearnedExample>();
        while (await reader.ReadAsync(cancellationToken))
        {
            examples.Add(LearnedExample.Of(reader.GetString(0), reader.GetString(1)) with { Taught = true });
        }

        return examples;
    }

    public Task AddAsync(IReadOnlyList<LearnedExample> examples, DateTimeOffset at, string? by, CancellationToken cancellationToken) =>
        examples.Count == 0 ? Task.CompletedTask : database.WriteAsync(async (connection, transaction) =>
        {
            foreach (var example in examples)
            {
                await using var insert = connection.Command(
                    "INSERT INTO learned_examples (text, label, added_at, added_by) VALUES (@x, @l, @t, @by)", transaction)
                    .With("@x", example.Text).With("@l", example.Label).With("@t", at.ToUnixTimeMilliseconds()).With("@by", by);
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            return examples.Count;
        }, cancellationToken);
}
