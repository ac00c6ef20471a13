using EngageBot.Infrastructure;
using Microsoft.Extensions.Options;
using Quartz;

namespace EngageBot.Features.Operations;

/// <summary>Checked at start-up.</summary>
public sealed class BackupOptionsValidator : IValidateOptions<BackupOptions>
{
    public ValidateOptionsResult Validate(string? name, BackupOptions options) => new OptionsFailures()
        .Check(options.Folder is null || options.Folder.IndexOfAny(Path.GetInvalidPathChars()) < 0, "Backup:Folder must be a folder path (e.g. /var/backups/engagebot), or unset for backups beside the database file.")
        .Check(CronExpression.TryParse(options.Schedule ?? "", out _), "Backup:Schedule must be a Quartz cron expression, e.g. \"0 0 3 * * ?\" (03:00 every day).")
        .Check(options.Keep is >= 1 and <= 1000, "Backup:Keep must be between 1 and 1000 backups (default 7).")
        .Result;
}
