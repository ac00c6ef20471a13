namespace EngageBot.Features.Handoff;

/// <summary>What happened to a ticket, as the console's live alert says it.</summary>
public enum HandoffAlertKind
{
    /// <summary>A member was handed to staff.</summary>
    Opened,

    /// <summary>Nobody answered in time; the member is back with the bot.</summary>
    Returned,

    /// <summary>The member wrote while the ticket is open (and maybe the assistant answered): an open console shows it.</summary>
    MemberMessage,

    /// <summary>Alerts from other instances may have been missed (this instance's listener reconnected): reload the list.</summary>
    Resync,
}

/// <summary>One live alert for staff with the console open (Server-Sent Events from <c>/api/admin/handoffs/events</c>).</summary>
public sealed record HandoffAlert(HandoffAlertKind Kind, string TicketId, string? MemberName, string Reason, DateTimeOffset CreatedAt, bool InOfficeHours)
{
    /// <summary>No ticket: the console reloads its list.</summary>
    public static HandoffAlert Resync(DateTimeOffset now) => new(HandoffAlertKind.Resync, string.Empty, null, string.Empty, now, false);
}
