namespace EngageBot.Features.Channels.DirectLine;

/// <summary>Checks that a file's first bytes match the type it claims (so a script is not served as an image).</summary>
public static class FileSignatures
{
    public static bool Matches(string contentType, ReadOnlySpan<byte> content) => contentType switch
    {
        "image/png" => content.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        "image/jpeg" => content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]),
        "image/gif" => content.StartsWith("GIF87a"u8) || content.StartsWith("GIF89a"u8),
        "image/webp" => content.Length >= 12 && content.StartsWith("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8),
        "application/pdf" => content.StartsWith("%PDF-"u8),
        "text/plain" => !content.Contains((byte)0),
        _ => false,
    };
}
