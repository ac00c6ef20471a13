using System.Text;

namespace EngageBot.Features.Members.Import;

/// <summary>
/// Turns an uploaded file into text: UTF-8 with or without BOM (Excel's "CSV UTF-8"); GB18030, which also reads
/// GBK and GB2312, when the request says so in its charset or when the bytes are not UTF-8 at all. UTF-16 files
/// (Excel's "Unicode text") are refused. Decoding is strict: a byte that does not belong is an error, not '?'.
/// </summary>
public static class CsvDecoder
{
    private const int Gb18030CodePage = 54936;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // From the in-box code pages provider, asked directly so no process-wide registration is needed.
    private static readonly Encoding StrictGb18030 = CodePagesEncodingProvider.Instance.GetEncoding(
        Gb18030CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;

    /// <summary>The text, or null when the bytes are in no encoding this accepts.</summary>
    public static CsvText? Decode(ReadOnlySpan<byte> bytes, string? charset)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return null;
        }

        var named = charset?.Trim().Trim('"').ToUpperInvariant();
        if (named is "GB18030" or "GBK" or "GB2312" or "CP936")
        {
            return TryDecode(StrictGb18030, bytes) is { } gb ? new CsvText(gb, Guessed: false) : null;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        if (TryDecode(StrictUtf8, bytes) is { } utf8)
        {
            return new CsvText(utf8, Guessed: false);
        }

        return named is null or "" && TryDecode(StrictGb18030, bytes) is { } guessed ? new CsvText(guessed, Guessed: true) : null;
    }

    private static string? TryDecode(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            var text = encoding.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
