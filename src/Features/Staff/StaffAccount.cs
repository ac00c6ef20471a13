using EngageBot.Infrastructure;

namespace EngageBot.Features.Staff;

/// <summary>A staff account as stored. <see cref="PasswordHash"/> is never shown or logged.</summary>
public sealed record StaffAccount(
    string Id,
    string UserName,
    string PasswordHash,
    StaffRole Role,
    DateTimeOffset CreatedAt,
    int FailedAttempts,
    DateTimeOffset? LockoutUntil)
{
    public bool IsLockedOut(DateTimeOffset now) => LockoutUntil is { } until && until > now;
}
