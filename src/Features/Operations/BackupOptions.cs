namespace EngageBot.Features.Operations;

/// <summary>Online backups of the SQLite database (<c>Backup:…</c>). PostgreSQL is backed up with pg_dump or PITR instead.</summary>
public sealed class BackupOptions
{
    public const string Section = "Backup";

    /// <summary>Off: no scheduled backups (one on request still works).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Where backups are written (a relative path: from the working directory); unset, <c>backups</c> beside the database file.</summary>
    public string? Folder { get; set; }

    /// <summary>When: a Quartz cron expression in the union's time zone (03:00 every night).</summary>
    public string Schedule { get; set; } = "0 0 3 * * ?";

    /// <summary>How many backups are kept; the oldest beyond this are deleted after each new one.</summary>
    public int Keep { get; set; } = 7;
}
