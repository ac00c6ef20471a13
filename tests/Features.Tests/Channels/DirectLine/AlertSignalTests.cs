using EngageBot.Features.Channels.DirectLine;

namespace EngageBot.Features.Tests.Channels.DirectLine;

/// <summary>A staff alert on the wire (a NOTIFY payload): the topic and JSON come back as sent, and never to the sender.</summary>
public sealed class AlertSignalTests
{
    [Fact]
    public void An_alert_reaches_other_processes_with_its_topic_and_json()
    {
        var text = SignalPayloads.Live("origin-a", ConversationSignal.Alert("handoff", "{\"ticketId\":\"T2345678\",\"memberName\":\"王芳\"}"));

        Assert.True(SignalPayloads.TryParse(text!, "origin-b", out var signal));
        Assert.Equal(ConversationSignal.Alert("handoff", "{\"ticketId\":\"T2345678\",\"memberName\":\"王芳\"}"), signal);
    }

    [Fact]
    public void The_sender_skips_its_own_alert_and_an_alert_without_a_topic_is_no_signal()
    {
        var own = SignalPayloads.Live("origin-a", ConversationSignal.Alert("handoff", "{}"));
        var noTopic = SignalPayloads.Live("origin-a", ConversationSignal.Alert(string.Empty, "{}"));

        Assert.False(SignalPayloads.TryParse(own!, "origin-a", out _));
        Assert.False(SignalPayloads.TryParse(noTopic!, "origin-b", out _));
    }
}
