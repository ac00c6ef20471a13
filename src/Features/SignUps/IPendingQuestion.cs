namespace EngageBot.Features.SignUps;

/// <summary>A question about one activity that the bot asked one member, kept in conversation state.</summary>
public interface IPendingQuestion
{
    string ActivityId { get; }

    string UserId { get; }

    DateTimeOffset AskedAt { get; }
}
