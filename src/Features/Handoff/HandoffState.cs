using EngageBot.Core.Protocol;
using EngageBot.Core.State;
using EngageBot.Features.Dialogs;

namespace EngageBot.Features.Handoff;

/// <summary>The conversation-state mark of an open ticket, so only handed-off conversations look tickets up.</summary>
public static class HandoffState
{
    public static readonly StateProperty<string> OpenTicket = new("handoffTicket", ProtocolJson.Default.String);

    /// <summary>The ticket whose relayed messages the member was already told about (acknowledged once per ticket).</summary>
    public static readonly StateProperty<string> Acknowledged = new("handoffAcked", ProtocolJson.Default.String);
}
