using EngageBot.Features.Outbox;

namespace EngageBot.Features.Notices;

/// <summary>Why a draft was refused: the field and a message staff can act on.</summary>
public sealed record NoticeValidation(string Field, string Message);
