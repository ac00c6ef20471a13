using System.Runtime.CompilerServices;
using EngageBot.Features.Outbox;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Notices;

/// <summary>
/// Streams one text column page by page with keyset pagination: <c>@after</c> is the last value of the previous
/// page and <c>@n</c> the page size; the query must order by that column and return it first.
/// </summary>
internal static class KeysetPager
{
    public static async IAsyncEnumerable<string> StreamAsync(
        IDatabase database, string sql, IReadOnlyList<(string Name, object Value)> parameters, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var after = string.Empty;
        while (true)
        {
            var page = new List<string>(ReachableMembers.PageSize);
            await using (var connection = await database.OpenReadAsync(cancellationToken))
            {
                await using var command = connection.Command(sql).With("@after", after).With("@n", ReachableMembers.PageSize);
                foreach (var (name, value) in parameters)
                {
                    command.With(name, value);
                }

                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    page.Add(reader.GetString(0));
                }
            }

            foreach (var value in page)
            {
                yield return value;
            }

            if (page.Count < ReachableMembers.PageSize)
            {
                yield break;
            }

            after = page[^1];
        }
    }
}
