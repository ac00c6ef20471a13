using EngageBot.Bot.Tests.SignUps;

namespace EngageBot.Bot.Tests.Outbox;

/// <summary>
/// A reply is written once for every row that stores it: the transcript's row and the parked row (moved into the
/// outbox when the channel is down) hold the same JSON, with the id the channel is sent.
/// </summary>
public sealed class StoredReplyTests
{
    [Fact]
    public async Task The_transcript_row_of_a_reply_is_the_outbox_row_payload_with_the_id_the_channel_sees()
    {
        await using var host = await SignUpTestHost.StartAsync(settings: OutboxSettings.Fast(inFlight: 4));

        host.Sink.Down = true;
        using var response = await host.Bot.PostActivityAsync(host.Message("s1", "帮助"));
        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal(1, host.Bot.Count("outbox WHERE kind = 'message'"));
        host.Sink.Down = false;
        await OutboxSettings.TickUntilAsync(host.Clock, () => !host.Sink.All.IsEmpty);

        var sent = Assert.Single(host.Sink.All);
        Assert.Equal(1, host.Bot.Count(
            "transcript t JOIN outbox o ON o.idempotency_key = t.activity_id AND o.payload = t.json "
            + "WHERE t.direction = 'out' AND typeof(t.json) = 'text' AND typeof(o.payload) = 'text' "
            + $"AND json_extract(t.json, '$.id') = '{sent.Activity.Id}'"));
    }
}
