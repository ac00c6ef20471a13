namespace EngageBot.Features.SignUps;

/// <summary>A sign-up and its activity: what is needed to word news about it (promotion, cancellation).</summary>
public sealed record SignUpNews(SignUpRecord SignUp, ActivityRecord Activity);
