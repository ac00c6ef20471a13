using EngageBot.Features.Members.Sms;

namespace EngageBot.Features.Tests.Members.Sms;

/// <summary>The providers' own published signing examples, reproduced exactly.</summary>
public sealed class SigningVectorTests
{
    // Tencent Cloud, 签名方法 v3 (cloud.tencent.com/document/api/362/4208 and every product's "Signature v3" page):
    // DescribeInstances on cvm.tencentcloudapi.com at 1551113065 with the documentation's (masked) SecretKey.
    private const string TencentSecretId = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******";
    private const string TencentSecretKey = "Gu5t9xGARNpq86cd98joQYCN3*******";
    private const string TencentPayload = """{"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]}""";

    [Fact]
    public void Tencent_canonical_request_string_to_sign_and_signature_match_the_documentation()
    {
        var canonical = Tc3Signature.CanonicalRequest("application/json; charset=utf-8", "cvm.tencentcloudapi.com", TencentPayload);

        Assert.Equal(
            "POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:cvm.tencentcloudapi.com\n\ncontent-type;host\n"
            + "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064", canonical);
        Assert.Equal(
            "TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031",
            Tc3Signature.StringToSign(1551113065, "cvm", canonical));
        var signature = Tc3Signature.Signature(TencentSecretKey, 1551113065, "cvm", canonical);
        Assert.Equal("2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c", signature);
        Assert.Equal(
            "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, "
            + "Signature=2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c",
            Tc3Signature.Authorization(TencentSecretId, 1551113065, "cvm", signature));
    }

    // Alibaba Cloud SMS, HTTP 协议及签名 (the SendSms example with AccessKeyId testId and secret testSecret).
    [Fact]
    public void Aliyun_canonical_query_string_to_sign_and_signature_match_the_documentation()
    {
        var parameters = new Dictionary<string, string>
        {
            ["AccessKeyId"] = "testId", ["Action"] = "SendSms", ["Format"] = "XML", ["OutId"] = "123",
            ["PhoneNumbers"] = "15300000001", ["RegionId"] = "cn-hangzhou", ["SignName"] = "阿里云短信测试专用",
            ["SignatureMethod"] = "HMAC-SHA1", ["SignatureNonce"] = "45e25e9b-0a6f-4070-8c85-2956eda1b466",
            ["SignatureVersion"] = "1.0", ["TemplateCode"] = "SMS_71390007", ["TemplateParam"] = """{"customer":"test"}""",
            ["Timestamp"] = "2017-07-12T02:42:19Z", ["Version"] = "2017-05-25",
        };

        var query = AliyunRpcSignature.CanonicalQuery(parameters);
        var toSign = AliyunRpcSignature.StringToSign("GET", query);

        Assert.Equal(
            "AccessKeyId=testId&Action=SendSms&Format=XML&OutId=123&PhoneNumbers=15300000001&RegionId=cn-hangzhou"
            + "&SignName=%E9%98%BF%E9%87%8C%E4%BA%91%E7%9F%AD%E4%BF%A1%E6%B5%8B%E8%AF%95%E4%B8%93%E7%94%A8&SignatureMethod=HMAC-SHA1"
            + "&SignatureNonce=45e25e9b-0a6f-4070-8c85-2956eda1b466&SignatureVersion=1.0&TemplateCode=SMS_71390007"
            + "&TemplateParam=%7B%22customer%22%3A%22test%22%7D&Timestamp=2017-07-12T02%3A42%3A19Z&Version=2017-05-25", query);
        Assert.StartsWith("GET&%2F&AccessKeyId%3DtestId%26Action%3DSendSms%26", toSign, StringComparison.Ordinal);
        Assert.Equal("zJDF+Lrzhj/ThnlvIToysFRq6t4=", AliyunRpcSignature.Signature("testSecret", toSign));
    }

    [Theory]
    [InlineData("a b", "a%20b")]
    [InlineData("*", "%2A")]
    [InlineData("~-_.", "~-_.")]
    [InlineData("+/=", "%2B%2F%3D")]
    public void Aliyun_percent_encoding_follows_its_rules(string value, string encoded) =>
        Assert.Equal(encoded, AliyunRpcSignature.PercentEncode(value));
}
