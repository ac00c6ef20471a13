namespace EngageBot.Features.Operations;

/// <summary>One backup in the backup folder: its file name, size and when it was taken (UTC).</summary>
public sealed record BackupFile(string Name, long Bytes, DateTimeOffset TakenAt);
