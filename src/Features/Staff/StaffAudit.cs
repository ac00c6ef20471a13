using System.Security.Claims;
using EngageBot.Features.Groups;
using EngageBot.Features.Handoff;
using EngageBot.Features.Knowledge;

namespace EngageBot.Features.Staff;

/// <summary>Writes audit rows. Callers pass names, routes and ids only: never passwords, tokens or message text.</summary>
public sealed class StaffAudit(AuditStore store, TimeProvider clock)
{
    public Task RecordAsync(ClaimsPrincipal user, string action, string? target, int outcome, CancellationToken cancellationToken) =>
        RecordAsync(user.FindFirstValue(ClaimTypes.NameIdentifier), user.FindFirstValue(ClaimTypes.Name), action, target, outcome, cancellationToken);

    public Task RecordAsync(string? staffId, string? staffName, string action, string? target, int outcome, CancellationToken cancellationToken) =>
        store.AppendAsync(new AuditEntry(0, clock.GetUtcNow(), staffId, Truncate(staffName), action, Truncate(target), outcome), cancellationToken);

    private static string? Truncate(string? value) => value is { Length: > 200 } ? value[..200] : value;
}
