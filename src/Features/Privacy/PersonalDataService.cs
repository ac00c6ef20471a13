using EngageBot.Core.Privacy;
using EngageBot.Core.Time;
using EngageBot.Features.Members.Roster;
using EngageBot.Infrastructure;
using Microsoft.Extensions.Logging;

namespace EngageBot.Features.Privacy;

/// <summary>
/// Export and erasure of one member's personal data across every feature (<see cref="IPersonalData"/>, one per
/// feature): the export reads every share, the erasure runs every share in one transaction with its own record
/// (<c>member_erasures</c>), so it happens whole or not at all. Logs carry counts and staff ids, never the member.
/// </summary>
public sealed class PersonalDataService(
    IDatabase database,
    PersonalDataShares shares,
    IEnumerable<IDataSubjectLinks> links,
    IMemberRoster roster,
    UnionTime time,
    TimeProvider clock,
    ILogger<PersonalDataService> logger)
{
    private static readonly string[] First = ["roster", "signIns", "staffLink", "signUps"];

    /// <summary>Everything stored about a member on the roster; null when the number is not on it (never was, or erased).</summary>
    public async Task<PersonalDataExport?> ExportAsync(string memberNumber, CancellationToken cancellationToken)
    {
        if (await roster.FindAsync(memberNumber, cancellationToken) is null)
        {
            return null;
        }

        var subjects = await SubjectsAsync(memberNumber, cancellationToken);
        return await ExportAsync(subjects, subjects[0].MemberNumber, cancellationToken);
    }

    /// <summary>Everything stored about the subjects (a member, or one account on its own), as one export.</summary>
    internal async Task<PersonalDataExport> ExportAsync(IReadOnlyList<DataSubject> subjects, string shownAs, CancellationToken cancellationToken)
    {
        IReadOnlyList<PersonalDataSet> sets;
        await using (var connection = await database.OpenReadAsync(cancellationToken))
        {
            sets = await shares.ExportAsync(subjects, connection, cancellationToken);
        }

        // Who the member is comes first; the rest in the order the features were added.
        var export = PersonalDataSummary.Build(shownAs, clock.GetUtcNow(), [.. sets.OrderBy(s => Array.IndexOf(First, s.Name) is var i and >= 0 ? i : First.Length)], time);
        var rows = sets.Sum(s => s.Rows.Count);
        PrivacyLog.Exported(logger, sets.Count, rows);
        return export;
    }

    /// <summary>The member and every account bound to them (<see cref="IDataSubjectLinks"/>).</summary>
    private async Task<IReadOnlyList<DataSubject>> SubjectsAsync(string memberNumber, CancellationToken cancellationToken)
    {
        var member = DataSubjects.For(memberNumber);
        var subjects = new List<DataSubject> { member };
        foreach (var link in links)
        {
            subjects.AddRange((await link.LinkedAsync(member.MemberNumber, cancellationToken)).Select(DataSubjects.ForAccount));
        }

        return subjects;
    }

    /// <summary>
    /// Erases a member on the roster, or one erased before (again, for whatever was left); null for a number that is
    /// neither. Their sessions end with their roster row, in the same transaction.
    /// </summary>
    public async Task<ErasureReport?> EraseAsync(string memberNumber, string? staffId, CancellationToken cancellationToken)
    {
        var onRoster = await roster.FindAsync(memberNumber, cancellationToken) is not null;
        var subjects = await SubjectsAsync(memberNumber, cancellationToken);
        var subject = subjects[0];
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var report = await database.WriteAsync<ErasureReport?>(async (connection, transaction) =>
        {
            await using var earlier = connection.Command("SELECT erased_at FROM member_erasures WHERE member_number = @n", transaction)
                .With("@n", subject.MemberNumber);
            var found = await earlier.ExecuteScalarAsync(cancellationToken);
            var erasedAt = found is null or DBNull ? (long?)null : Convert.ToInt64(found, System.Globalization.CultureInfo.InvariantCulture);
            if (!onRoster && erasedAt is null)
            {
                return null;
            }

            var tables = await shares.EraseAsync(subjects, connection, transaction, now, cancellationToken);

            if (onRoster)
            {
                // Erased again after a re-import put the member back: the record shows the latest erasure.
                await using var record = connection.Command(
                    """
                    INSERT INTO member_erasures (member_number, erased_at, erased_by) VALUES (@n, @t, @by)
                    ON CONFLICT (member_number) DO UPDATE SET erased_at = excluded.erased_at, erased_by = excluded.erased_by
                    """, transaction)
                    .With("@n", subject.MemberNumber).With("@t", now).With("@by", staffId);
                await record.ExecuteNonQueryAsync(cancellationToken);
            }

            return new ErasureReport(
                subject.MemberNumber, !onRoster, DateTimeOffset.FromUnixTimeMilliseconds(onRoster ? now : erasedAt!.Value),
                tables.Sum(t => t.Deleted), tables.Sum(t => t.Anonymised), tables);
        }, cancellationToken);

        if (report is not null)
        {
            PrivacyLog.Erased(logger, staffId, report.AlreadyErased, report.Deleted, report.Anonymised);
        }

        return report;
    }
}
