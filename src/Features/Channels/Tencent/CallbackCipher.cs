using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace EngageBot.Features.Channels.Tencent;

/// <summary>
/// The message encryption WeChat (公众号 safe mode) and WeCom share: AES-256-CBC with key = Base64(EncodingAESKey + "="),
/// IV = the key's first 16 bytes, PKCS#7 padding to a multiple of 32 bytes, over
/// random(16) + length(4, network order) + message + receiver id (the AppID or CorpID).
/// </summary>
public sealed class CallbackCipher
{
    private const int PadBlock = 32;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly byte[] _key;
    private readonly byte[] _receiverId;

    public CallbackCipher(string encodingAesKey, string receiverId)
    {
        if (!IsValidKey(encodingAesKey))
        {
            throw new ArgumentException("An EncodingAESKey is 43 characters of a-z, A-Z and 0-9.", nameof(encodingAesKey));
        }

        // Empty for WeCom's intelligent robots (智能机器人): their ciphertexts end with no receiver id.
        ArgumentNullException.ThrowIfNull(receiverId);
        _key = Convert.FromBase64String(encodingAesKey + "=");
        _receiverId = Encoding.UTF8.GetBytes(receiverId);
    }

    /// <summary>True for a well-formed EncodingAESKey (43 alphanumerics that decode to 32 bytes).</summary>
    public static bool IsValidKey(string? encodingAesKey) =>
        encodingAesKey is { Length: 43 } && encodingAesKey.All(char.IsAsciiLetterOrDigit);

    /// <summary>Encrypts <paramref name="message"/> for the receiver, with 16 fresh random bytes in front.</summary>
    public string Encrypt(string message) => Encrypt(message, RandomNumberGenerator.GetBytes(16));

    /// <summary>Encrypts with the given 16 leading bytes (tests pin them to compare with known ciphertexts).</summary>
    public string Encrypt(string message, ReadOnlySpan<byte> random16)
    {
        if (random16.Length != 16)
        {
            throw new ArgumentException("Exactly 16 random bytes go in front.", nameof(random16));
        }

        var body = Encoding.UTF8.GetBytes(message);
        var length = 16 + 4 + body.Length + _receiverId.Length;
        var pad = PadBlock - (length % PadBlock);
        var plain = new byte[length + pad];
        random16.CopyTo(plain);
        BinaryPrimitives.WriteInt32BigEndian(plain.AsSpan(16), body.Length);
        body.CopyTo(plain, 20);
        _receiverId.CopyTo(plain, 20 + body.Length);
        plain.AsSpan(length).Fill((byte)pad);
        using var aes = Aes.Create();
        aes.Key = _key;
        return Convert.ToBase64String(aes.EncryptCbc(plain, _key.AsSpan(0, 16), PaddingMode.None));
    }

    /// <summary>Decrypts and checks padding, length and receiver; refuses anything else with a reason.</summary>
    public string Decrypt(string? ciphertext)
    {
        var plain = DecryptBlocks(ciphertext);
        var pad = plain[^1];
        if (pad is 0 or > PadBlock || pad > plain.Length || plain.AsSpan(plain.Length - pad).ContainsAnyExcept(pad))
        {
            throw new CallbackRejectedException(CallbackRejection.Undecryptable);
        }

        var content = plain.AsSpan(0, plain.Length - pad);
        if (content.Length < 20)
        {
            throw new CallbackRejectedException(CallbackRejection.Undecryptable);
        }

        var length = BinaryPrimitives.ReadInt32BigEndian(content[16..]);
        if (length < 0 || length > content.Length - 20)
        {
            throw new CallbackRejectedException(CallbackRejection.Undecryptable);
        }

        if (!content[(20 + length)..].SequenceEqual(_receiverId))
        {
            throw new CallbackRejectedException(CallbackRejection.WrongReceiver);
        }

        try
        {
            return StrictUtf8.GetString(content.Slice(20, length));
        }
        catch (DecoderFallbackException ex)
        {
            throw new CallbackRejectedException(CallbackRejection.Undecryptable, ex);
        }
    }

    private byte[] DecryptBlocks(string? ciphertext)
    {
        var raw = new byte[((ciphertext?.Length ?? 0) * 3 / 4) + 3];
        if (string.IsNullOrEmpty(ciphertext) || !Convert.TryFromBase64String(ciphertext, raw, out var written)
            || written == 0 || written % PadBlock != 0)
        {
            throw new CallbackRejectedException(CallbackRejection.Undecryptable);
        }

        using var aes = Aes.Create();
        aes.Key = _key;
        return aes.DecryptCbc(raw.AsSpan(0, written), _key.AsSpan(0, 16), PaddingMode.None);
    }
}
