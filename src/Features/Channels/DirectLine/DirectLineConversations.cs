using System.Security.Cryptography;
using System.Text.Json;
using EngageBot.Core.Protocol;
using EngageBot.Core.Turns;
using EngageBot.Features.Groups;
using Microsoft.Extensions.Logging;

namespace EngageBot.Features.Channels.DirectLine;

/// <summary>
/// The inbound side of the Direct Line conversations this service hosts: starting them and taking members' posts
/// (appended to the <see cref="DirectLineTranscript"/>, which echoes them to every open stream at once, then run
/// through the one <see cref="ChannelAdapter"/>). The bot's replies come back through the adapter's
/// <see cref="DirectLineSender"/>, which appends to the same transcript: no path leads back here, so nothing is
/// resolved late. Typing is pushed live and never stored.
/// </summary>
public sealed partial class DirectLineConversations(
    DirectLineLog log,
    DirectLineTranscript transcript,
    ChannelAdapter adapter,
    IGroupMembership groups,
    TimeProvider clock,
    ILogger<DirectLineConversations> logger)
{
    public static string NewConversationId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static string NewUserId() => "dl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    public ChannelAccount Bot => transcript.Bot;

    /// <summary>A group's conversation is open to its current members only (and the secret).</summary>
    public async Task<bool> MayUseAsync(HostedConversation conversation, DirectLineCaller caller, CancellationToken cancellationToken) =>
        !conversation.IsGroup || caller.IsSecret
        || await groups.IsMemberAsync(conversation.ConversationId, caller.Token!.UserId, cancellationToken);

    public Task<HostedConversation?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        log.FindAsync(conversationId, cancellationToken);

    /// <summary>
    /// Starts a 1:1 conversation: creates it and tells the bot the member arrived (which greets them).
    /// False when it already existed.
    /// </summary>
    public async Task<bool> StartAsync(string conversationId, ChannelAccount user, string? locale, CancellationToken cancellationToken)
    {
        if (!await log.CreateAsync(conversationId, isGroup: false, cancellationToken))
        {
            return false;
        }

        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Timestamp = clock.GetUtcNow(),
            ChannelId = DirectLineChannel.ChannelId,
            ServiceUrl = DirectLineChannel.ServiceUrl,
            From = user,
            Recipient = Bot,
            Conversation = new ConversationAccount { Id = conversationId },
            MembersAdded = [Bot, user],
            Locale = locale,
        };
        await RunTurnAsync(update, cancellationToken);
        return true;
    }

    /// <summary>
    /// Takes a member's activity: assigns id and timestamp, forces the sender, stores and echoes it, then runs
    /// the bot's turn. Returns the id, and whether the bot's turn failed.
    /// </summary>
    public async Task<(string Id, bool BotFailed)> PostAsync(HostedConversation conversation, ChannelAccount user, Activity posted, CancellationToken cancellationToken)
    {
        var activity = posted with
        {
            Timestamp = clock.GetUtcNow(),
            ChannelId = DirectLineChannel.ChannelId,
            ServiceUrl = null,
            From = new ChannelAccount { Id = user.Id, Name = string.IsNullOrEmpty(user.Name) ? posted.From?.Name : user.Name },
            Recipient = null,
            Conversation = new ConversationAccount { Id = conversation.ConversationId, IsGroup = conversation.IsGroup ? true : null },
        };

        if (activity.Type == ActivityTypes.Typing)
        {
            var id = conversation.ConversationId + "|t" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
            transcript.PublishLive(conversation.ConversationId, activity with { Id = id, Text = null });
            return (id, false);
        }

        // In a group every member reads the log: a card tap's value (an anonymous vote's option) is for the bot alone,
        // so the log keeps the tap without it and only the turn sees it.
        var shown = conversation.IsGroup && activity.Value is not null ? activity with { Value = null } : activity;
        var logged = await transcript.AppendAsync(conversation.ConversationId, shown, cancellationToken)
            ?? throw new InvalidOperationException("The conversation disappeared.");
        var stored = JsonSerializer.Deserialize(logged.Json, ProtocolJson.Default.Activity)!;
        var failed = !await RunTurnAsync(stored with { ServiceUrl = DirectLineChannel.ServiceUrl, Recipient = Bot, Value = activity.Value }, cancellationToken);
        return (stored.Id!, failed);
    }

    private async Task<bool> RunTurnAsync(Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            await adapter.ProcessAsync(activity, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogTurnFailed(logger, ex);
            return false;
        }
    }

    [LoggerMessage(EventId = 400, Level = LogLevel.Error, Message = "The bot's turn for a Direct Line activity failed")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception);
}
