using EngageBot.Infrastructure;
using static EngageBot.Features.SignUps.SignUpSql;

namespace EngageBot.Features.SignUps;

/// <summary>Reads what the outbox needs to word a sign-up's news when it sends it.</summary>
public sealed class SignUpNewsStore(IDatabase database)
{
    public async Task<SignUpNews?> GetAsync(long signUpId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command(
            $"SELECT {SignUpColumns}, {ActivityColumns} FROM signups s JOIN activities a ON a.id = s.activity_id WHERE s.id = @id")
            .With("@id", signUpId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new SignUpNews(ReadSignUp(reader), ReadActivity(reader, SignUpColumnCount))
            : null;
    }
}
