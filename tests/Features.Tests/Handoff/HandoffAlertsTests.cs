using System.Text.Json;
using EngageBot.Features.Channels.DirectLine;
using EngageBot.Features.Handoff;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Handoff;

/// <summary>Hand-off alerts reach this instance's consoles at once, and the other instances' through the signals.</summary>
public sealed class HandoffAlertsTests
{
    private static readonly DateTimeOffset Now = ManualClock.Shanghai(2026, 12, 2, 10, 0);
    private static readonly HandoffAlert Opened = new(HandoffAlertKind.Opened, "T2345678", "王芳", "requested", Now, true);
    private readonly RecordingSignals _signals = new();
    private readonly HandoffAlerts _alerts;

    public HandoffAlertsTests() => _alerts = new HandoffAlerts(_signals, new ManualClock(Now));

    [Fact]
    public void A_published_alert_goes_to_local_consoles_and_is_broadcast_once()
    {
        using var console = _alerts.Subscribe();

        _alerts.Publish(Opened);

        Assert.True(console.Reader.TryRead(out var shown));
        Assert.Equal(Opened, shown);
        var sent = Assert.Single(_signals.Sent);
        Assert.Equal((ConversationSignalKind.Alert, HandoffAlerts.SignalTopic), (sent.Kind, sent.ConversationId));
        Assert.Equal(Opened, JsonSerializer.Deserialize(sent.Payload!, HandoffJson.Default.HandoffAlert));
    }

    [Fact]
    public void An_alert_from_another_instance_goes_to_local_consoles_and_is_not_broadcast_again()
    {
        using var console = _alerts.Subscribe();

        _alerts.OnAlert(JsonSerializer.Serialize(Opened, HandoffJson.Default.HandoffAlert));
        _alerts.OnAlert("not json"); // another version's alert: dropped, nothing thrown

        Assert.True(console.Reader.TryRead(out var shown));
        Assert.Equal(Opened, shown);
        Assert.False(console.Reader.TryRead(out _));
        Assert.Empty(_signals.Sent);
    }

    [Fact]
    public void After_the_listener_reconnects_every_local_console_is_told_to_reload()
    {
        using var first = _alerts.Subscribe();
        using var second = _alerts.Subscribe();

        _alerts.OnResync();

        Assert.True(first.Reader.TryRead(out var a));
        Assert.True(second.Reader.TryRead(out var b));
        Assert.Equal((HandoffAlertKind.Resync, HandoffAlertKind.Resync), (a.Kind, b.Kind));
        Assert.Empty(_signals.Sent);
    }

    private sealed class RecordingSignals : IConversationSignals
    {
        public List<ConversationSignal> Sent { get; } = [];

        public void Committed(string conversationId, long seq)
        {
        }

        public void Broadcast(ConversationSignal signal) => Sent.Add(signal);

        public Task RunAsync(Func<ConversationSignal, CancellationToken, Task> onSignal, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
