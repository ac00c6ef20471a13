namespace EngageBot.Features.Channels.Tencent;

/// <summary>Why a WeChat or WeCom callback was refused; each maps to one 4xx answer and changes nothing.</summary>
public enum CallbackRejection
{
    /// <summary>A required query parameter or XML element is missing.</summary>
    Missing,

    /// <summary><c>signature</c> or <c>msg_signature</c> does not match.</summary>
    BadSignature,

    /// <summary>The timestamp is not a number or is more than the allowed skew away from now.</summary>
    Stale,

    /// <summary>The body is not well-formed XML, or declares a DTD.</summary>
    Malformed,

    /// <summary>The body is larger than <see cref="CallbackXml.MaxBodyBytes"/>.</summary>
    TooLarge,

    /// <summary>The ciphertext is not Base64, not whole AES blocks, badly padded, or its length field lies.</summary>
    Undecryptable,

    /// <summary>The ciphertext decrypts, but for another AppID or CorpID.</summary>
    WrongReceiver,

    /// <summary>Safe mode was asked for but no EncodingAESKey is configured.</summary>
    NotConfigured,
}
