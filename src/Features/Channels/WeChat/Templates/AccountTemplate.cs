namespace EngageBot.Features.Channels.WeChat.Templates;

/// <summary>One of the account's templates as the console lists it: its keys in order, each with the label WeChat shows before it.</summary>
public sealed record AccountTemplate(TemplateKind Kind, string Id, string Title, IReadOnlyList<TemplateKey> Keys, string? Example);

/// <summary>A template key (<c>thing1</c>) and the label before it in the template's content (<c>活动名称</c>), if any.</summary>
public sealed record TemplateKey(string Key, string? Label);

/// <summary>The account's templates of both kinds.</summary>
public sealed record TemplateList(IReadOnlyList<AccountTemplate> Templates);
