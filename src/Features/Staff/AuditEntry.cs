using EngageBot.Features.Knowledge;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Staff;

/// <summary>One staff action: who did what, when, to which target, and how it went (an HTTP status).</summary>
public sealed record AuditEntry(
    long Id,
    DateTimeOffset At,
    string? StaffId,
    string? StaffName,
    string Action,
    string? Target,
    int Outcome);
