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
    public static IAsyncEnumerable<string> StreamAsync(
        IDatabase database, string sql, IReadOnlyList<(string Name, object Value)> parameters, CancellationToken cancellationToken) =>
        StreamAsync(
            async (after, limit, ct) =>
            {
                await using var connection = await database.OpenReadAsync(ct);
                await using var command = connection.Command(sql).With("@after", after).With("@n", limit);
                foreach (var (name, value) in parameters)
                {
                    command.With(name, value);
                }

                await using var reader = await command.ExecuteReaderAsync(ct);
                var page = new List<string>(limit);
                while (await reader.ReadAsync(ct))
                {
                    page.Add(reader.GetString(0));
                }

                return page;
            },
            cancellationToken);

    /// <summary>The same over a page source of another feature: <c>page(after, limit)</c> returns the next values in order.</summary>
    public static async IAsyncEnumerable<string> StreamAsync(
        Func<string, int, CancellationToken, Task<IReadOnlyList<string>>> page, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var after = string.Empty;
        while (true)
        {
            var values = await page(after, ReachableMembers.PageSize, cancellationToken);
            foreach (var value in values)
            {
                yield return value;
            }

            if (values.Count < ReachableMembers.PageSize)
            {
                yield break;
            }

            after = values[^1];
        }
    }
}
