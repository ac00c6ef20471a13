using System.Data.Common;
using System.Globalization;
using EngageBot.Features.Notices;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Members.Roster;

public sealed partial class SqlMemberRoster : IRosterAudience
{
    public IAsyncEnumerable<string> StreamActiveAsync(string? unit, CancellationToken cancellationToken) => unit is null
        ? KeysetPager.StreamAsync(database,
            "SELECT member_number FROM members WHERE status = 'active' AND member_number > @after ORDER BY member_number LIMIT @n", [], cancellationToken)
        : KeysetPager.StreamAsync(database,
            @"SELECT member_number FROM members WHERE status = 'active' AND (unit = @unit OR unit LIKE @under ESCAPE '\')
              AND member_number > @after ORDER BY member_number LIMIT @n",
            [("@unit", unit), ("@under", EscapeLike(unit) + UnitPath.Separator + "%")], cancellationToken);

    public async Task<bool> HasUnitAsync(string unit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command(@"SELECT 1 FROM members WHERE unit = @unit OR unit LIKE @under ESCAPE '\' LIMIT 1")
            .With("@unit", unit).With("@under", EscapeLike(unit) + UnitPath.Separator + "%");
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    public async Task<IReadOnlyDictionary<string, MemberStatus>> StatusesAsync(IReadOnlyCollection<string> memberNumbers, CancellationToken cancellationToken)
    {
        var statuses = new Dictionary<string, MemberStatus>(StringComparer.Ordinal);
        await ReadWhereInAsync("SELECT member_number, status FROM members WHERE member_number", memberNumbers,
            reader => statuses[reader.GetString(0)] = MemberStatusText.Parse(reader.GetString(1)), cancellationToken);
        return statuses;
    }

    /// <summary>Runs <c>{select} IN (…)</c> over the values and hands each row to <paramref name="row"/>.</summary>
    private async Task ReadWhereInAsync(string select, IReadOnlyCollection<string> values, Action<DbDataReader> row, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        // A few hundred values at a time keeps every statement well under both providers' parameter limits.
        foreach (var chunk in values.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            var names = chunk.Select((_, i) => "@m" + i.ToString(CultureInfo.InvariantCulture)).ToList();
            await using var command = connection.Command($"{select} IN ({string.Join(", ", names)})");
            for (var i = 0; i < chunk.Length; i++)
            {
                command.With(names[i], chunk[i]);
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                row(reader);
            }
        }
    }
}
