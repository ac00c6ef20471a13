using EngageBot.Features.Channels.Tencent;
using static EngageBot.Features.Tests.Channels.Tencent.OfficialVectors;

namespace EngageBot.Features.Tests.Channels.Tencent;

public sealed class CallbackSignatureTests
{
    [Fact]
    public void The_WeChat_plain_mode_sample_signature_is_reproduced()
    {
        Assert.Equal(WeChatPlainSignature, CallbackSignature.Compute(WeChatPlainToken, WeChatPlainTimestamp, WeChatPlainNonce));
    }

    [Fact]
    public void The_WeCom_samples_msg_signatures_are_reproduced()
    {
        Assert.Equal(VerifySignature, CallbackSignature.Compute(WeComToken, VerifyTimestamp, VerifyNonce, VerifyEchoStr));
        Assert.Equal(MessageSignature, CallbackSignature.Compute(WeComToken, MessageTimestamp, MessageNonce, MessageEncrypt));
    }

    [Fact]
    public void The_WeChat_safe_mode_sample_msg_signature_is_reproduced()
    {
        Assert.Equal(WeChatMsgSignature, CallbackSignature.Compute(WeChatToken, WeChatTimestamp, WeChatNonce, WeChatEncrypt));
    }

    [Fact]
    public void The_order_of_the_parts_does_not_matter_because_they_are_sorted()
    {
        Assert.Equal(
            CallbackSignature.Compute(WeComToken, MessageTimestamp, MessageNonce, MessageEncrypt),
            CallbackSignature.Compute(MessageEncrypt, MessageNonce, WeComToken, MessageTimestamp));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd")]
    [InlineData("5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd4")]
    [InlineData("0000000000000000000000000000000000000000")]
    public void A_wrong_missing_or_short_signature_does_not_match(string? signature)
    {
        Assert.False(CallbackSignature.Matches(signature, WeComToken, VerifyTimestamp, VerifyNonce, VerifyEchoStr));
        var refused = Assert.Throws<CallbackRejectedException>(
            () => CallbackSignature.Verify(signature, WeComToken, VerifyTimestamp, VerifyNonce, VerifyEchoStr));
        Assert.Equal(CallbackRejection.BadSignature, refused.Reason);
    }

    [Fact]
    public void Any_changed_part_breaks_the_signature()
    {
        Assert.True(CallbackSignature.Matches(VerifySignature, WeComToken, VerifyTimestamp, VerifyNonce, VerifyEchoStr));
        Assert.True(CallbackSignature.Matches(VerifySignature.ToUpperInvariant(), WeComToken, VerifyTimestamp, VerifyNonce, VerifyEchoStr));
        Assert.False(CallbackSignature.Matches(VerifySignature, "QDG6eL", VerifyTimestamp, VerifyNonce, VerifyEchoStr));
        Assert.False(CallbackSignature.Matches(VerifySignature, WeComToken, "1409659590", VerifyNonce, VerifyEchoStr));
        Assert.False(CallbackSignature.Matches(VerifySignature, WeComToken, VerifyTimestamp, "263014781", VerifyEchoStr));
        Assert.False(CallbackSignature.Matches(VerifySignature, WeComToken, VerifyTimestamp, VerifyNonce, VerifyEchoStr + "x"));
    }
}
