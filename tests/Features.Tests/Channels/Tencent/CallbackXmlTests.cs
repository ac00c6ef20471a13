using EngageBot.Features.Channels.Tencent;

namespace EngageBot.Features.Tests.Channels.Tencent;

public sealed class CallbackXmlTests
{
    [Fact]
    public void Elements_text_cdata_and_nested_paths_are_read()
    {
        var fields = CallbackXml.Parse(
            "<xml><ToUserName><![CDATA[gh_1]]></ToUserName><CreateTime>1348831860</CreateTime>" +
            "<ScanCodeInfo><ScanType><![CDATA[qrcode]]></ScanType></ScanCodeInfo><Empty/><Blank></Blank></xml>");

        Assert.Equal("gh_1", fields["ToUserName"]);
        Assert.Equal(1348831860, fields.Number("CreateTime"));
        Assert.Equal("qrcode", fields["ScanCodeInfo/ScanType"]);
        Assert.Equal(string.Empty, fields["Empty"]);
        Assert.Equal(string.Empty, fields["Blank"]);
        Assert.Null(fields["Missing"]);
        Assert.Equal(CallbackRejection.Missing, Assert.Throws<CallbackRejectedException>(() => fields.Required("Blank")).Reason);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY a \"aaaa\">]><xml><Content>&a;</Content></xml>")]
    [InlineData("<!DOCTYPE xml SYSTEM \"file:///etc/passwd\"><xml><Content>x</Content></xml>")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"http://127.0.0.1:1/\">]><xml><C>&e;</C></xml>")]
    [InlineData("<xml><Content>x</Content>")]
    [InlineData("<xml><Content>x</Content></xml><second/>")]
    [InlineData("<notxml><Content>x</Content></notxml>")]
    [InlineData("{\"Content\":\"x\"}")]
    [InlineData("")]
    public void Dtds_entities_and_malformed_documents_are_refused(string body)
    {
        var refused = Assert.Throws<CallbackRejectedException>(() => CallbackXml.Parse(body));

        Assert.Equal(CallbackRejection.Malformed, refused.Reason);
        Assert.Equal(400, refused.StatusCode);
    }

    [Fact]
    public void A_document_over_64_KiB_is_refused_as_too_large()
    {
        var body = "<xml><Content>" + new string('a', CallbackXml.MaxBodyBytes) + "</Content></xml>";

        var refused = Assert.Throws<CallbackRejectedException>(() => CallbackXml.Parse(body));
        Assert.Equal(CallbackRejection.TooLarge, refused.Reason);
        Assert.Equal(413, refused.StatusCode);
    }

    [Fact]
    public void Written_documents_read_back_including_text_that_looks_like_cdata_end()
    {
        var xml = CallbackXml.Write(
        [
            new("ToUserName", "o_user"),
            new("CreateTime", 1700000000L),
            new("Content", "a]]>b <c> & 工会"),
            new("Image", new KeyValuePair<string, object>[] { new("MediaId", "m1") }),
        ]);

        var fields = CallbackXml.Parse(xml);
        Assert.Equal("o_user", fields["ToUserName"]);
        Assert.Equal(1700000000, fields.Number("CreateTime"));
        Assert.Equal("a]]>b <c> & 工会", fields["Content"]);
        Assert.Equal("m1", fields["Image/MediaId"]);
        Assert.Contains("<CreateTime>1700000000</CreateTime>", xml, StringComparison.Ordinal);
    }
}
