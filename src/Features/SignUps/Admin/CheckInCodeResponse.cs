namespace EngageBot.Features.SignUps.Admin;

/// <summary>The code shown at the venue; members send "签到 &lt;code&gt;".</summary>
public sealed record CheckInCodeResponse(string ActivityId, string Code);
