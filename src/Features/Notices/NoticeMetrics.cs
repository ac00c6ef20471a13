using System.Diagnostics.Metrics;

namespace EngageBot.Features.Notices;

/// <summary>
/// Notice firings by result and the recipients they put in the outbox. What then became of each recipient is the
/// outbox's <c>engagebot.outbox.deliveries</c> with kind "notice".
/// </summary>
public static class NoticeMetrics
{
    public const string MeterName = "EngageBot.Notices";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Firings = Meter.CreateCounter<long>(
        "engagebot.notice.firings", "{firing}", "Notice firings by result (expanded, held, skipped).");

    private static readonly Counter<long> Recipients = Meter.CreateCounter<long>(
        "engagebot.notice.recipients", "{recipient}", "Recipients written to the outbox by notice firings.");

    public static void Expanded(long recipients)
    {
        Firings.Add(1, new KeyValuePair<string, object?>("result", "expanded"));
        Recipients.Add(recipients);
    }

    public static void Held() => Firings.Add(1, new KeyValuePair<string, object?>("result", "held"));

    public static void Skipped() => Firings.Add(1, new KeyValuePair<string, object?>("result", "skipped"));
}
