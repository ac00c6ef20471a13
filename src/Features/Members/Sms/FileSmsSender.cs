using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Members.Sms;

/// <summary>
/// Appends each message as one JSON line <c>{"phone","text","at"}</c> to <c>Sms:FilePath</c>, for local
/// development and tests: whoever can read the file can sign in as anyone on the roster, so it is never for production.
/// </summary>
public sealed class FileSmsSender(
    IOptions<SmsOptions> options, IHostEnvironment environment, TimeProvider clock, ILogger<FileSmsSender> logger) : ISmsSender, IDisposable
{
    // UTF-8 without a byte-order mark: each line is a JSON document on its own, the first one too.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly SemaphoreSlim _gate = new(1, 1);

    public string FilePath { get; } = Path.GetFullPath(options.Value.FilePath, environment.ContentRootPath);

    public async Task<SmsOutcome> SendAsync(VerificationSms message, CancellationToken cancellationToken)
    {
        var line = JsonSerializer.Serialize(new SmsFileLine(message.Phone, message.Text, clock.GetUtcNow()), SmsJson.Api.SmsFileLine) + "\n";
        await _gate.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            await File.AppendAllTextAsync(FilePath, line, Utf8, cancellationToken);
            return SmsOutcome.Sent;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            SmsLog.Unreachable(logger, SmsProvider.File, ex.GetType().Name);
            return SmsOutcome.Failed;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
