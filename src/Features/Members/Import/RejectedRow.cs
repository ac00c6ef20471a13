namespace EngageBot.Features.Members.Import;

/// <summary>A row the import skipped: its row number in the file (the header is row 1) and why, in Chinese and English.</summary>
public sealed record RejectedRow(int Line, string Reason);
