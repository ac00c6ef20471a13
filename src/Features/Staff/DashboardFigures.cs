using EngageBot.Features.SignUps;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Staff;

/// <summary>The console dashboard's figures, counted at one moment.</summary>
public sealed record DashboardFigures(
    long Members,
    long ActiveConversationsThisWeek,
    IReadOnlyList<ClubSignUps> SignUpsPerClub,
    long NoticesSent,
    long OpenHandoffs);
