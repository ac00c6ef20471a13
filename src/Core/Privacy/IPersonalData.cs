using System.Data.Common;

namespace EngageBot.Core.Privacy;

/// <summary>
/// A feature's share of one member's personal data: each feature owns its tables, so each one exports and erases its
/// own rows. Registered by the feature's module; the privacy feature runs every registration, erasures in one
/// transaction. Implementations never log names, phone numbers or message text.
/// </summary>
public interface IPersonalData
{
    /// <summary>Everything the feature stores about the member, one set per table.</summary>
    Task<IReadOnlyList<PersonalDataSet>> ExportAsync(DataSubject subject, DbConnection connection, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the member's rows, or strips them of the member where others' figures depend on them (sign-up
    /// counts); inside the caller's transaction. Running it again finds nothing more to do.
    /// </summary>
    Task<IReadOnlyList<ErasedRows>> EraseAsync(DataSubject subject, DbConnection connection, DbTransaction transaction, long nowUnixMs, CancellationToken cancellationToken);
}
