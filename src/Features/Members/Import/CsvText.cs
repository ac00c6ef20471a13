namespace EngageBot.Features.Members.Import;

/// <summary>
/// The text of an uploaded CSV file. <see cref="Guessed"/>: the bytes were not UTF-8 and were read as GB18030
/// (what Excel's plain "CSV" writes on Chinese Windows); only a recognised header row confirms that guess.
/// </summary>
public sealed record CsvText(string Text, bool Guessed);
