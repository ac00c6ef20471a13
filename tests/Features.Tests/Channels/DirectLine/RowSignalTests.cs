using EngageBot.Features.Channels.DirectLine;

namespace EngageBot.Features.Tests.Channels.DirectLine;

/// <summary>
/// A hint that carries its row (a NOTIFY payload): the other processes get the conversation, seq and the row's JSON
/// as committed; the sender skips its own; a row too big for a payload is not sent that way (the short hint goes).
/// </summary>
public sealed class RowSignalTests
{
    private const string Json = "{\"type\":\"message\",\"id\":\"g1|0000042\",\"text\":\"明天 9:00 集合\\u001f\"}";

    [Fact]
    public void A_row_reaches_other_processes_as_committed()
    {
        var text = SignalPayloads.Row("origin-a", "g1", 42, Json);

        Assert.True(SignalPayloads.TryParse(text!, "origin-b", out var signal));
        Assert.Equal(new ConversationSignal(ConversationSignalKind.Appended, "g1", 42, Json), signal);
    }

    [Fact]
    public void The_sender_skips_its_own_row_and_a_row_too_big_for_a_payload_is_not_made()
    {
        var own = SignalPayloads.Row("origin-a", "g1", 42, Json);

        Assert.False(SignalPayloads.TryParse(own!, "origin-a", out _));
        Assert.Null(SignalPayloads.Row("origin-a", "g1", 43, "{\"text\":\"" + new string('长', 2700) + "\"}"));
    }

    [Fact]
    public void A_short_hint_still_parses_without_a_row()
    {
        Assert.True(SignalPayloads.TryParse(SignalPayloads.Appended("g1", 7), "origin-b", out var signal));
        Assert.Equal(new ConversationSignal(ConversationSignalKind.Appended, "g1", 7), signal);
    }
}
