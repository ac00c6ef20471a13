using System.Text.Json;
using EngageBot.Core.Protocol;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;

namespace EngageBot.Features.Channels.DirectLine;

/// <summary>
/// Reads a Direct Line upload: multipart with an <c>activity</c> part (application/vnd.microsoft.activity)
/// and <c>file</c> parts. Files are size-limited, their declared type must be allowed, and images and PDFs
/// must start with their format's signature.
/// </summary>
public static class UploadReader
{
    public sealed record UploadedFile(string Name, string ContentType, byte[] Content);

    public static async Task<(Activity? Activity, List<UploadedFile> Files, IResult? Problem)> ReadAsync(
        HttpRequest request, DirectLineOptions options, CancellationToken cancellationToken)
    {
        var limit = options.MaxUploadBytes + ActivityBody.MaxBytes + (64 * 1024);
        if (!request.HasFormContentType || request.ContentType?.Contains("multipart/", StringComparison.OrdinalIgnoreCase) != true)
        {
            return (null, [], DirectLineErrors.BadSyntax("Upload as multipart/form-data with an 'activity' part and 'file' parts."));
        }

        if (request.ContentLength > limit)
        {
            return (null, [], DirectLineErrors.TooBig($"Files may be at most {options.MaxUploadBytes} bytes together."));
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit, ValueCountLimit = 32 }, cancellationToken);
        }
        catch (InvalidDataException)
        {
            return (null, [], DirectLineErrors.TooBig($"Files may be at most {options.MaxUploadBytes} bytes together, in a well-formed multipart body."));
        }

        Activity? activity = null;
        var files = new List<UploadedFile>();
        long total = 0;
        foreach (var part in form.Files)
        {
            var content = new byte[part.Length];
            await using (var stream = part.OpenReadStream())
            {
                await stream.ReadExactlyAsync(content, cancellationToken);
            }

            if (part.Name == "activity")
            {
                try
                {
                    activity = JsonSerializer.Deserialize(content, ProtocolJson.Default.Activity);
                }
                catch (JsonException)
                {
                    return (null, [], DirectLineErrors.BadSyntax("The 'activity' part is not a JSON activity."));
                }

                continue;
            }

            total += content.Length;
            if (total > options.MaxUploadBytes)
            {
                return (null, [], DirectLineErrors.TooBig($"Files may be at most {options.MaxUploadBytes} bytes together."));
            }

            var type = (part.ContentType ?? string.Empty).Split(';')[0].Trim().ToLowerInvariant();
            if (!options.AllowedUploadTypes.Contains(type, StringComparer.Ordinal) || !FileSignatures.Matches(type, content))
            {
                return (null, [], DirectLineErrors.Error(StatusCodes.Status415UnsupportedMediaType, "BadArgument",
                    $"Files of type '{type}' are not accepted. Allowed: {string.Join(", ", options.AllowedUploadTypes)}."));
            }

            files.Add(new UploadedFile(SafeName(part.FileName), type, content));
        }

        activity ??= new Activity { Type = ActivityTypes.Message };
        return files.Count == 0
            ? (null, [], DirectLineErrors.MissingProperty("An upload needs at least one 'file' part."))
            : (activity, files, null);
    }

    private static string SafeName(string? name)
    {
        var file = Path.GetFileName(name ?? string.Empty);
        var cleaned = new string([.. file.Where(c => !char.IsControl(c) && c is not '"' and not '\\' and not '/')]);
        return string.IsNullOrWhiteSpace(cleaned) ? "file" : cleaned[..Math.Min(cleaned.Length, 120)];
    }
}
