using System.Text.Json;
using System.Text.Json.Nodes;
using EngageBot.Core.Protocol;

namespace EngageBot.Core.Tests.Protocol;

/// <summary>The hand-written activity writer the transcript uses must give exactly what the serializer gives.</summary>
public sealed class ActivityWriterTests
{
    // Every field of every protocol type, unknown fields at each level, text that needs escaping, nulls inside lists.
    private const string FullJson = """
        {"type":"message","id":"c1|0000004","timestamp":"2026-11-21T01:02:03.4567891+08:00","localTimestamp":"2026-11-21T09:02:03.4567891+08:00",
         "localTimezone":"Asia/Shanghai","channelId":"webchat","serviceUrl":"https://webchat.botframework.com/",
         "from":{"id":"dl_u1","name":"","aadObjectId":"x","role":"user","tenantHint":1},
         "conversation":{"id":"c1","name":"群","isGroup":true,"conversationType":"groupChat","tenantId":"t","extra":"kept"},
         "recipient":{"id":"bot","name":"小助手","role":"bot"},"replyToId":"r1","textFormat":"markdown","attachmentLayout":"carousel",
         "membersAdded":[{"id":"m1"},null,{"id":"m2","name":"王\"五\"","more":[1,2]}],"membersRemoved":[],
         "locale":"zh-CN","text":"你好 <b>&'\"\\ \u0001 😀 é\n第二行","speak":"说","inputHint":"acceptingInput","summary":"摘要",
         "suggestedActions":{"to":["u1",null],"actions":[{"type":"imBack","title":"报名","value":"报名","text":"t","displayText":"d","image":"http://i/x.png","x":{"y":true}},null,
           {"type":"postBack","title":"取消","value":{"action":"cancel","activityId":"42"}}]},
         "attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"周六 9:00 & <more>"}]},
           "name":"card","thumbnailUrl":"http://t","contentUrl":"http://c","odd":null},null],
         "entities":[{"type":"ClientCapabilities","requiresBotState":true},null,{"type":"mention","mentioned":{"id":"bot","name":"小助手"},"text":"@小助手"}],
         "channelData":{"clientActivityID":"abc","webchat:sequence-id":3},"value":{"action":"signup","activityId":"42","n":1.50,"big":12345678901234567890},
         "name":"evt","code":"completedSuccessfully","deliveryMode":"expectReplies","brandNewField":{"deep":[1,{"x":null}]},"zLast":"末尾"}
        """;

    public static TheoryData<string> Activities()
    {
        var data = new TheoryData<string> { FullJson, "{}", """{"type":"message","text":"hi"}""", """{"suggestedActions":{"actions":[]}}""", """{"suggestedActions":{"actions":null,"to":[]}}""" };
        // The full activity with each top-level field left out in turn, so every field is also written beside its neighbours' absence.
        var full = JsonNode.Parse(FullJson)!.AsObject();
        foreach (var (name, _) in full)
        {
            var without = JsonNode.Parse(FullJson)!.AsObject();
            without.Remove(name);
            data.Add(without.ToJsonString());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Activities))]
    public void Writes_what_the_serializer_writes(string json)
    {
        var activity = JsonSerializer.Deserialize(json, ProtocolJson.Default.Activity)!;

        Assert.Equal(JsonSerializer.Serialize(activity, ProtocolJson.Default.Activity), ActivityWriter.Serialize(activity));
        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJson.Default.Activity), ActivityWriter.SerializeToUtf8Bytes(activity));
    }

    [Theory]
    [MemberData(nameof(Activities))]
    public void The_stored_form_reads_back_as_the_same_activity_with_chinese_written_as_itself(string json)
    {
        var activity = JsonSerializer.Deserialize(json, ProtocolJson.Default.Activity)!;

        var stored = ActivityWriter.SerializeForStorage(activity);

        Assert.Equal(ActivityWriter.Serialize(activity), ActivityWriter.Serialize(JsonSerializer.Deserialize(stored, ProtocolJson.Default.Activity)!));
        Assert.DoesNotContain("\\u5C0F", stored, StringComparison.Ordinal);
        if (json == FullJson)
        {
            Assert.Contains("\"你好 \\u003Cb\\u003E\\u0026", stored, StringComparison.Ordinal); // HTML-sensitive text stays escaped
            Assert.Contains("第二行", stored, StringComparison.Ordinal);
            Assert.True(stored.Length < ActivityWriter.Serialize(activity).Length);
        }
    }

    [Fact]
    public void Writes_replies_built_in_code_as_the_serializer_does()
    {
        var inbound = JsonSerializer.Deserialize(FullJson, ProtocolJson.Default.Activity)!;
        var reply = inbound.CreateReply("好的，已为您报名") with
        {
            Timestamp = new DateTimeOffset(2026, 12, 3, 21, 0, 0, 1, TimeSpan.Zero),
            SuggestedActions = new SuggestedActions { Actions = [new CardAction { Type = "imBack", Title = "我的报名", Value = JsonSerializer.SerializeToElement("我的报名", ProtocolJson.Default.String) }] },
            ActingMember = "webchat/u1",
            Entities = [new Entity { Type = "mention", Mentioned = new ChannelAccount { Id = "u1" } }],
        };

        Assert.Equal(JsonSerializer.Serialize(reply, ProtocolJson.Default.Activity), ActivityWriter.Serialize(reply));
        Assert.DoesNotContain("actingMember", ActivityWriter.Serialize(reply), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_large_activity_is_written_whole_and_the_next_one_alone()
    {
        var large = new Activity { Type = "message", Text = new string('长', 100_000) };
        var small = new Activity { Type = "message", Text = "短" };

        Assert.Equal(JsonSerializer.Serialize(large, ProtocolJson.Default.Activity), ActivityWriter.Serialize(large));
        Assert.Equal(JsonSerializer.Serialize(small, ProtocolJson.Default.Activity), ActivityWriter.Serialize(small));
        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(large, ProtocolJson.Default.Activity), ActivityWriter.SerializeToUtf8Bytes(large));
        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(small, ProtocolJson.Default.Activity), ActivityWriter.SerializeToUtf8Bytes(small));
    }
}
