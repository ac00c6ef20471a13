using System.Data.Common;
using EngageBot.Core.Privacy;

namespace EngageBot.Features.Privacy;

/// <summary>
/// Runs every feature's share (<see cref="IPersonalData"/>) over one or more subjects — a member and the accounts
/// bound to them — and merges the result per table, so the export and the erasure report show one entry per table.
/// </summary>
public sealed class PersonalDataShares(IEnumerable<IPersonalData> shares)
{
    public async Task<IReadOnlyList<PersonalDataSet>> ExportAsync(IReadOnlyList<DataSubject> subjects, DbConnection connection, CancellationToken cancellationToken)
    {
        var sets = new List<PersonalDataSet>();
        foreach (var subject in subjects)
        {
            foreach (var share in shares)
            {
                foreach (var set in await share.ExportAsync(subject, connection, cancellationToken))
                {
                    var at = sets.FindIndex(s => s.Name == set.Name);
                    if (at < 0)
                    {
                        sets.Add(set);
                    }
                    else
                    {
                        sets[at] = sets[at] with { Rows = [.. sets[at].Rows, .. set.Rows] };
                    }
                }
            }
        }

        return sets;
    }

    public async Task<IReadOnlyList<ErasedTable>> EraseAsync(
        IReadOnlyList<DataSubject> subjects, DbConnection connection, DbTransaction transaction, long nowUnixMs, CancellationToken cancellationToken)
    {
        var tables = new List<ErasedTable>();
        foreach (var subject in subjects)
        {
            foreach (var share in shares)
            {
                foreach (var erased in await share.EraseAsync(subject, connection, transaction, nowUnixMs, cancellationToken))
                {
                    var at = tables.FindIndex(t => t.Name == erased.Name);
                    if (at < 0)
                    {
                        tables.Add(new ErasedTable(erased.Name, erased.Deleted, erased.Anonymised));
                    }
                    else
                    {
                        tables[at] = new ErasedTable(erased.Name, tables[at].Deleted + erased.Deleted, tables[at].Anonymised + erased.Anonymised);
                    }
                }
            }
        }

        return tables;
    }
}
