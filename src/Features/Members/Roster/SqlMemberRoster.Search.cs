using System.Globalization;
using System.Text;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Members.Roster;

public sealed partial class SqlMemberRoster
{
    public async Task<RosterPage> SearchAsync(RosterQuery query, CancellationToken cancellationToken)
    {
        // Only the conditions asked for are in the SQL (PostgreSQL cannot type an "@x IS NULL" parameter); values stay parameters.
        var where = new StringBuilder("1 = 1");
        var parameters = new List<(string, object)>();
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim();
            where.Append(@" AND (member_number LIKE @number ESCAPE '\' OR LOWER(name) LIKE @name ESCAPE '\')");
            parameters.Add(("@number", Contains(text.ToUpperInvariant())));
            parameters.Add(("@name", Contains(text.ToLowerInvariant())));
        }

        if (query.Unit is { } unit)
        {
            where.Append(@" AND (unit = @unit OR unit LIKE @under ESCAPE '\')");
            parameters.Add(("@unit", unit));
            parameters.Add(("@under", EscapeLike(unit) + UnitPath.Separator + "%"));
        }

        if (query.Status is { } status)
        {
            where.Append(" AND status = @status");
            parameters.Add(("@status", status.ToText()));
        }

        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var count = connection.Command($"SELECT COUNT(*) FROM members WHERE {where}");
        await using var select = connection.Command($"SELECT {Columns} FROM members WHERE {where} ORDER BY member_number LIMIT @limit OFFSET @offset")
            .With("@limit", query.PageSize).With("@offset", (long)(query.Page - 1) * query.PageSize);
        foreach (var (name, value) in parameters)
        {
            count.With(name, value);
            select.With(name, value);
        }

        var total = Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        var members = new List<RosterMember>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            members.Add(Read(reader));
        }

        return new RosterPage(members, total);
    }

    public async Task<IReadOnlyList<UnitCount>> CountByUnitAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command(
            "SELECT unit, COUNT(*), SUM(CASE WHEN status = 'active' THEN 1 ELSE 0 END) FROM members GROUP BY unit ORDER BY unit");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var units = new List<UnitCount>();
        while (await reader.ReadAsync(cancellationToken))
        {
            units.Add(new UnitCount(reader.GetString(0),
                Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture), Convert.ToInt64(reader.GetValue(2), CultureInfo.InvariantCulture)));
        }

        return units;
    }

    private static string Contains(string text) => "%" + EscapeLike(text) + "%";

    private static string EscapeLike(string text) => text.Replace(@"\", @"\\", StringComparison.Ordinal)
        .Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
}
