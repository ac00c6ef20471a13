namespace EngageBot.Features.Dialogs;

/// <summary>A choice as it was offered, kept with the dialog so "2" means what the member saw.</summary>
public sealed record OfferedChoice(string Value, string Zh, string En, IReadOnlyList<string>? Synonyms = null);
