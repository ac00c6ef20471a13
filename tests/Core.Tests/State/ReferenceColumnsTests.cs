using System.Text.Json;
using EngageBot.Core.Protocol;
using EngageBot.Core.State;

namespace EngageBot.Core.Tests.State;

/// <summary>A reference taken apart into columns and built back is the reference written (layout E).</summary>
public sealed class ReferenceColumnsTests
{
    // The shapes the channels write, as their documents: each must fit the columns alone.
    public static TheoryData<string> Plain() => new()
    {
        // Emulator / Bot Framework 1:1 (the adapter's GetReference: from, recipient, serviceUrl, locale).
        """{"user":{"id":"u1","name":"张三"},"bot":{"id":"bot","name":"小助手"},"conversation":{"id":"c1"},"channelId":"emulator","serviceUrl":"http://127.0.0.1:3978/","locale":"zh-CN"}""",
        // Teams personal chat: conversation type and tenant have columns.
        """{"user":{"id":"29:1abc","name":"Li Wei"},"bot":{"id":"28:bot","name":"EngageBot"},"conversation":{"id":"a:1xyz","conversationType":"personal","tenantId":"t-1"},"channelId":"msteams","serviceUrl":"https://smba.trafficmanager.net/apac/"}""",
        // Teams group chat: the flag too.
        """{"user":{"id":"29:1abc"},"bot":{"id":"28:bot","name":"EngageBot"},"conversation":{"id":"19:g@thread.v2","isGroup":true,"conversationType":"groupChat","tenantId":"t-1"},"channelId":"msteams","serviceUrl":"https://smba.trafficmanager.net/apac/","locale":"en-US"}""",
        // The built-in Direct Line member chat (MemberDirectChat): no bot, no locale.
        """{"user":{"id":"m_1001"},"conversation":{"id":"m_m_1001"},"channelId":"engagebot","serviceUrl":"https://engagebot.invalid/"}""",
        // A hosted group (HostedGroupReferences): no user, no bot.
        """{"conversation":{"id":"g-7","isGroup":true},"channelId":"engagebot","serviceUrl":"https://engagebot.invalid/","locale":"zh-CN"}""",
        // A WeCom robot: no serviceUrl either.
        """{"conversation":{"id":"robot-1","isGroup":true},"channelId":"wecom-robot"}""",
        // WeChat / WeCom 1:1: a user id only, the bot by id.
        """{"user":{"id":"oABC123"},"bot":{"id":"gh_1"},"conversation":{"id":"oABC123"},"channelId":"wechat","serviceUrl":"https://api.weixin.qq.com/"}""",
    };

    // Shapes a column would lose something of: each keeps its document.
    public static TheoryData<string> Odd() => new()
    {
        """{"user":{"id":"29:1abc","name":"Li Wei","aadObjectId":"aad-1"},"bot":{"id":"28:bot"},"conversation":{"id":"a:1","conversationType":"personal","tenantId":"t-1"},"channelId":"msteams","serviceUrl":"https://smba.trafficmanager.net/apac/"}""",
        """{"user":{"id":"u1","role":"user"},"conversation":{"id":"c1"},"channelId":"emulator","serviceUrl":"http://127.0.0.1:3978/"}""",
        """{"user":{"id":"u1"},"conversation":{"id":"c1","properties":{"x":1}},"channelId":"emulator","serviceUrl":"http://127.0.0.1:3978/"}""",
        """{"user":{"id":"u1","extra":"kept"},"conversation":{"id":"c1"},"channelId":"emulator","serviceUrl":"http://127.0.0.1:3978/"}""",
        """{"bot":{"id":"b","tag":[1,2]},"conversation":{"id":"c1"},"channelId":"emulator","serviceUrl":"http://127.0.0.1:3978/"}""",
        """{"conversation":{"id":"c1","name":"Team A"},"channelId":"emulator","serviceUrl":"http://127.0.0.1:3978/"}""",
        """{"conversation":{"id":"c1","isGroup":false},"channelId":"emulator","serviceUrl":"http://127.0.0.1:3978/"}""",
        """{"user":{},"bot":{"id":"b","name":""},"conversation":{"id":"c1"},"channelId":"emulator","serviceUrl":""}""",
    };

    [Theory]
    [MemberData(nameof(Plain))]
    public void A_channel_reference_fits_the_columns_and_comes_back_equal(string document)
    {
        var columns = ReferenceColumns.From(Parse(document));

        Assert.Null(columns.Extra);
        Assert.Equal(Written(document), RoundTrip(document, columns));
    }

    [Theory]
    [MemberData(nameof(Odd))]
    public void A_reference_with_what_no_column_holds_keeps_its_document_and_comes_back_equal(string document)
    {
        var columns = ReferenceColumns.From(Parse(document));

        Assert.NotNull(columns.Extra);
        Assert.Equal(Written(document), RoundTrip(document, columns));
    }

    [Fact]
    public void The_activity_id_is_not_kept()
    {
        var reference = Parse("""{"activityId":"a-9","user":{"id":"u1"},"conversation":{"id":"c1","properties":{"x":1}},"channelId":"emulator"}""");

        Assert.Null(ReferenceColumns.From(reference).ToReference(ConversationKey.For(reference)).ActivityId);
        Assert.Null(ReferenceColumns.From(reference with { Conversation = new ConversationAccount { Id = "c1" } }).Extra);
    }

    [Fact]
    public void References_through_one_route_share_it()
    {
        var a = ReferenceColumns.From(Parse("""{"user":{"id":"u1"},"bot":{"id":"bot","name":"小助手"},"conversation":{"id":"c1"},"channelId":"emulator","serviceUrl":"http://127.0.0.1:3978/"}"""));
        var b = ReferenceColumns.From(Parse("""{"user":{"id":"u2"},"bot":{"id":"bot","name":"小助手"},"conversation":{"id":"c2"},"channelId":"emulator","serviceUrl":"http://127.0.0.1:3978/"}"""));

        Assert.Equal(a.Route, b.Route);
    }

    private static ConversationReference Parse(string document) =>
        JsonSerializer.Deserialize(document, ProtocolJson.Default.ConversationReference)!;

    // The document as the store wrote it before (serialised from the parsed reference), to compare with.
    private static string Written(string document) =>
        JsonSerializer.Serialize(Parse(document), ProtocolJson.Default.ConversationReference);

    private static string RoundTrip(string document, ReferenceColumns columns) =>
        JsonSerializer.Serialize(columns.ToReference(ConversationKey.For(Parse(document))), ProtocolJson.Default.ConversationReference);
}
