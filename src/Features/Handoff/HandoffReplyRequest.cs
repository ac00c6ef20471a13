using EngageBot.Features.Groups;
using EngageBot.Features.Knowledge;
using EngageBot.Features.Staff;

namespace EngageBot.Features.Handoff;

/// <summary>A staff reply to a member in hand-off.</summary>
public sealed record HandoffReplyRequest(string? Text);
