using EngageBot.Features.Members.Import;
using EngageBot.Features.Members.Roster;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace EngageBot.Features.Members.Admin;

/// <summary>
/// <c>POST /api/admin/members/import[?preview=true]</c> with the roster as a CSV body: good rows are added or
/// updated in one transaction, bad rows are reported by row number and skipped, and nothing else changes. A
/// preview answers the same report and writes nothing. The file is never logged, only the counts.
/// </summary>
public static class RosterImportEndpoint
{
    public const int MaxBytes = 10 * 1024 * 1024;
    public const int MaxRejectedListed = 1000;

    private static readonly string[] CsvTypes = ["text/csv", "application/csv", "text/plain", "application/vnd.ms-excel"];

    public static async Task<IResult> ImportAsync(
        bool? preview, HttpRequest request, IRosterAdmin roster, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !CsvTypes.Contains(type.MediaType.Value, StringComparer.OrdinalIgnoreCase))
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Send CSV",
                "请上传 CSV 文件（Content-Type: text/csv）。 / Send the roster as CSV (Content-Type: text/csv).");
        }

        var bytes = await ReadBoundedAsync(request, cancellationToken);
        if (bytes is null)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "File too large",
                $"文件超过 {MaxBytes / 1024 / 1024} MB，请分成几个文件导入。 / The file is over {MaxBytes / 1024 / 1024} MB; split it and import the parts.");
        }

        var text = CsvDecoder.Decode(bytes, type.Charset.HasValue ? type.Charset.Value : null);
        var (plan, problem) = text is null ? (null, RosterCsvParser.SaveAsUtf8) : RosterCsvParser.Parse(text);
        if (plan is null)
        {
            return Problem(StatusCodes.Status400BadRequest, "Cannot read the file", problem!);
        }

        plan = plan.WithoutTakenWeComAccounts(
            await roster.WeComHoldersAsync([.. plan.Members.Select(m => m.WeComUserId).OfType<string>()], cancellationToken));
        var dryRun = preview == true;
        if (await roster.ImportAsync(plan.Members, dryRun, cancellationToken) is not { } counts)
        {
            return Problem(StatusCodes.Status409Conflict, "Roster changed",
                "导入时有企业微信账号被改到了其他会员名下，本次什么都没有写入。请重新导入。 / A WeCom account in the file was given to another member during the import; nothing was written. Import the file again.");
        }

        var logger = loggers.CreateLogger(RosterLog.Category);
        RosterLog.Imported(logger, dryRun, counts.Added, counts.Updated, counts.Unchanged, plan.Rejected.Count);
        return Results.Json(
            new RosterImportReport(counts.Added, counts.Updated, counts.Unchanged, [.. plan.Rejected.Take(MaxRejectedListed)], plan.Rejected.Count, dryRun),
            RosterJson.Api.RosterImportReport);
    }

    /// <summary>The body, or null when it is larger than <see cref="MaxBytes"/> (said up front or found while reading).</summary>
    private static async Task<byte[]?> ReadBoundedAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return null;
            }

            await buffer.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
        }

        return buffer.ToArray();
    }

    private static IResult Problem(int status, string title, string detail) => Results.Problem(title: title, detail: detail, statusCode: status);
}
