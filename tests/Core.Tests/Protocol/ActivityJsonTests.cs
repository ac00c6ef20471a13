using System.Text.Json;
using EngageBot.Bot;
using EngageBot.Core.Protocol;
using EngageBot.Features.Dialogs;

namespace EngageBot.Core.Tests.Protocol;

public sealed class ActivityJsonTests
{
    private const string ChannelJson = """
        {"type":"message","id":"c1|0000004","timestamp":"2026-11-21T01:02:03.456Z","localTimestamp":"2026-11-21T09:02:03.456+08:00",
         "channelId":"webchat","serviceUrl":"https://webchat.botframework.com/","from":{"id":"dl_u1","name":"","aadObjectId":"x","tenantHint":1},
         "conversation":{"id":"c1","isGroup":true,"extra":"kept"},"recipient":{"id":"bot"},"text":"你好","locale":"zh-CN",
         "entities":[{"type":"ClientCapabilities","requiresBotState":true},{"type":"mention","mentioned":{"id":"bot","name":"小助手"},"text":"@小助手"}],
         "channelData":{"clientActivityID":"abc","webchat:sequence-id":3},"attachments":[{"contentType":"image/png","contentUrl":"http://x/a.png","name":"a.png"}],
         "value":{"action":"signup","activityId":"42"},"brandNewField":{"deep":[1,{"x":null}]}}
        """;

    [Fact]
    public void Unknown_fields_and_raw_payloads_survive_a_round_trip()
    {
        var activity = JsonSerializer.Deserialize(ChannelJson, ProtocolJson.Default.Activity)!;

        var written = JsonSerializer.Serialize(activity, ProtocolJson.Default.Activity);
        using var round = JsonDocument.Parse(written);
        var root = round.RootElement;

        Assert.Equal(1, root.GetProperty("brandNewField").GetProperty("deep")[0].GetInt32());
        Assert.Equal("kept", root.GetProperty("conversation").GetProperty("extra").GetString());
        Assert.Equal(1, root.GetProperty("from").GetProperty("tenantHint").GetInt32());
        Assert.Equal(3, root.GetProperty("channelData").GetProperty("webchat:sequence-id").GetInt32());
        Assert.True(root.GetProperty("entities")[0].GetProperty("requiresBotState").GetBoolean());
        Assert.Equal("signup", root.GetProperty("value").GetProperty("action").GetString());
        Assert.Equal("", root.GetProperty("from").GetProperty("name").GetString());
    }

    [Fact]
    public void Timestamps_are_written_in_UTC_with_Z_and_local_timestamps_keep_their_offset()
    {
        var activity = JsonSerializer.Deserialize(ChannelJson, ProtocolJson.Default.Activity)!;

        using var round = JsonDocument.Parse(JsonSerializer.Serialize(activity, ProtocolJson.Default.Activity));

        Assert.Equal("2026-11-21T01:02:03.456Z", round.RootElement.GetProperty("timestamp").GetString());
        Assert.Equal(TimeSpan.FromHours(8), activity.LocalTimestamp!.Value.Offset);
    }

    [Fact]
    public void Nulls_are_omitted_on_the_wire()
    {
        var reply = new Activity { Type = ActivityTypes.Message, Text = "hi" };

        var json = JsonSerializer.Serialize(reply, ProtocolJson.Default.Activity);

        Assert.Equal("""{"type":"message","text":"hi"}""", json);
    }

    [Fact]
    public void A_reply_swaps_from_and_recipient_and_answers_the_activity()
    {
        var activity = JsonSerializer.Deserialize(ChannelJson, ProtocolJson.Default.Activity)!;

        var reply = activity.CreateReply("好的");

        Assert.Equal("bot", reply.From?.Id);
        Assert.Equal("dl_u1", reply.Recipient?.Id);
        Assert.Equal("c1|0000004", reply.ReplyToId);
        Assert.Equal("c1", reply.Conversation?.Id);
        Assert.Null(reply.Id);
    }

    [Fact]
    public void Mention_types_compare_case_insensitively()
    {
        Assert.True(new Entity { Type = "Mention" }.IsMention);
        Assert.True(new Entity { Type = "mention" }.IsMention);
        Assert.False(new Entity { Type = "ClientCapabilities" }.IsMention);
    }
}
