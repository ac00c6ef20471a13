using EngageBot.Features.Channels.Tencent;
using static EngageBot.Features.Tests.Channels.Tencent.OfficialVectors;

namespace EngageBot.Features.Tests.Channels.Tencent;

public sealed class CallbackCipherTests
{
    private static readonly byte[] Random16 = "0123456789abcdef"u8.ToArray();

    [Fact]
    public void The_WeCom_url_check_sample_decrypts_to_its_published_echo()
    {
        var cipher = new CallbackCipher(WeComAesKey, WeComCorpId);

        Assert.Equal(VerifyEchoPlain, cipher.Decrypt(VerifyEchoStr));
    }

    [Fact]
    public void The_WeCom_message_sample_decrypts_to_its_published_hello_message()
    {
        var cipher = new CallbackCipher(WeComAesKey, WeComCorpId);

        Assert.Equal(MessagePlain, cipher.Decrypt(MessageEncrypt));
        var fields = CallbackXml.Parse(cipher.Decrypt(MessageEncrypt));
        Assert.Equal("hello", fields["Content"]);
        Assert.Equal("mycreate", fields["FromUserName"]);
        Assert.Equal(218, fields.Number("AgentID"));
    }

    [Fact]
    public void The_WeChat_safe_mode_sample_decrypts_to_the_message_it_was_sent_with()
    {
        var fields = CallbackXml.Parse(new CallbackCipher(WeChatAesKey, WeChatAppId).Decrypt(WeChatEncrypt));

        Assert.Equal("gh_10f6c3c3ac5a", fields["ToUserName"]);
        Assert.Equal("oyORnuP8q7ou2gfYjqLzSIWZf0rs", fields["FromUserName"]);
        Assert.Equal("text", fields["MsgType"]);
        Assert.Equal("abcdteT", fields["Content"]);
        Assert.Equal("6054768590064713728", fields["MsgId"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("x")]
    [InlineData("工会会员服务：报名周六上午的瑜伽课 🧘")]
    [InlineData("12345678901234567890123456")] // 16 + 4 + 26 + 18: the plaintext fills whole 32-byte blocks
    public void Encrypting_round_trips_and_pads_to_whole_32_byte_blocks(string message)
    {
        var cipher = new CallbackCipher(WeComAesKey, WeComCorpId);

        var sealedText = cipher.Encrypt(message, Random16);

        var raw = Convert.FromBase64String(sealedText);
        Assert.Equal(0, raw.Length % 32);
        Assert.True(raw.Length > 16 + 4 + System.Text.Encoding.UTF8.GetByteCount(message) + WeComCorpId.Length);
        Assert.Equal(message, cipher.Decrypt(sealedText));
        Assert.Equal(message, cipher.Decrypt(cipher.Encrypt(message)));
    }

    [Fact]
    public void Fresh_random_bytes_make_each_ciphertext_different()
    {
        var cipher = new CallbackCipher(WeChatAesKey, WeChatAppId);

        Assert.NotEqual(cipher.Encrypt("同一句话"), cipher.Encrypt("同一句话"));
    }

    [Fact]
    public void A_message_for_another_receiver_is_refused_as_wrong_receiver()
    {
        var other = new CallbackCipher(WeComAesKey, "ww0000000000000000");

        var refused = Assert.Throws<CallbackRejectedException>(() => other.Decrypt(MessageEncrypt));
        Assert.Equal(CallbackRejection.WrongReceiver, refused.Reason);
        Assert.Equal(403, refused.StatusCode);
    }

    [Fact]
    public void Another_key_cannot_read_the_message()
    {
        var otherKey = new CallbackCipher(WeChatAesKey, WeComCorpId);

        var refused = Assert.Throws<CallbackRejectedException>(() => otherKey.Decrypt(MessageEncrypt));
        Assert.True(refused.Reason is CallbackRejection.Undecryptable or CallbackRejection.WrongReceiver);
    }

    public static TheoryData<string> Tampered()
    {
        var raw = Convert.FromBase64String(MessageEncrypt);
        var lastByte = (byte[])raw.Clone();
        lastByte[^1] ^= 0x01;
        var firstBlock = (byte[])raw.Clone();
        firstBlock[3] ^= 0x80;
        return new TheoryData<string>
        {
            string.Empty,
            "not base64!",
            MessageEncrypt[..^8],
            Convert.ToBase64String(raw.AsSpan(0, raw.Length - 16)),
            Convert.ToBase64String(raw.AsSpan(0, 16)),
            Convert.ToBase64String(lastByte),
            Convert.ToBase64String(firstBlock),
        };
    }

    [Theory]
    [MemberData(nameof(Tampered))]
    public void Tampered_truncated_or_garbled_ciphertext_is_refused(string ciphertext)
    {
        var cipher = new CallbackCipher(WeComAesKey, WeComCorpId);

        var refused = Assert.Throws<CallbackRejectedException>(() => cipher.Decrypt(ciphertext));
        Assert.True(refused.Reason is CallbackRejection.Undecryptable or CallbackRejection.WrongReceiver, refused.Reason.ToString());
    }

    [Fact]
    public void A_length_field_longer_than_the_plaintext_is_refused()
    {
        var cipher = new CallbackCipher(WeComAesKey, WeComCorpId);
        var forged = ForgeWithLength(cipher, 10_000);

        var refused = Assert.Throws<CallbackRejectedException>(() => cipher.Decrypt(forged));
        Assert.Equal(CallbackRejection.Undecryptable, refused.Reason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2")]
    [InlineData("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2CC")]
    [InlineData("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2+")]
    public void A_malformed_EncodingAESKey_is_refused_up_front(string key)
    {
        Assert.False(CallbackCipher.IsValidKey(key));
        Assert.Throws<ArgumentException>(() => new CallbackCipher(key, WeComCorpId));
    }

    /// <summary>A well-padded ciphertext whose length field claims <paramref name="length"/> bytes.</summary>
    private static string ForgeWithLength(CallbackCipher cipher, int length)
    {
        // Encrypt a message, then re-encrypt a plaintext with a lying length through the same key by hand.
        var key = Convert.FromBase64String(WeComAesKey + "=");
        var plain = new byte[64];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(plain.AsSpan(16), length);
        plain.AsSpan(40).Fill(24);
        using var aes = System.Security.Cryptography.Aes.Create();
        aes.Key = key;
        _ = cipher;
        return Convert.ToBase64String(aes.EncryptCbc(plain, key.AsSpan(0, 16), System.Security.Cryptography.PaddingMode.None));
    }
}
