using EngageBot.Infrastructure;

namespace EngageBot.Features.SignUps;

/// <summary>
/// The answer to a cancellation: the cancelled sign-up, and the waitlisted member promoted into the freed
/// seat in the same transaction (with the notice id that tells them), when there was one.
/// </summary>
public sealed record CancelResult(
    CancelResultKind Kind,
    ActivityRecord? Activity,
    SignUpRecord? Cancelled,
    SignUpRecord? Promoted,
    IReadOnlyList<long> NoticeIds);
