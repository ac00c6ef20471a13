using EngageBot.Core.State;
using System.Security.Cryptography;
using System.Text.Json;
using EngageBot.Core.Protocol;
using EngageBot.Core.Turns;
using EngageBot.Features.Groups;
using EngageBot.Features.Notices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.DirectLine;

/// <summary>
/// The Direct Line conversations this service hosts: starting them, taking members' posts (stored, echoed
/// to every open stream at once, then run through the one <see cref="ChannelAdapter"/>), and appending what
/// the bot or the service says. Typing is pushed live and never stored.
/// </summary>
public sealed partial class DirectLineConversations(
    DirectLineLog log,
    DirectLineHub hub,
    StreamFanout fanout,
    IConversationSignals signals,
    IServiceProvider services,
    IOptions<DirectLineOptions> options,
    IOptions<TurnOptions> turnOptions,
    TimeProvider clock,
    ILogger<DirectLineConversations> logger)
{
    private readonly ConversationGate _appendOrder = new();

    public static string NewConversationId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static string NewUserId() => "dl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    public ChannelAccount Bot => new() { Id = options.Value.BotId, Name = turnOptions.Value.BotName, Role = "bot" };

    /// <summary>A group's conversation is open to its current members only (and the secret).</summary>
    public async Task<bool> MayUseAsync(HostedConversation conversation, DirectLineCaller caller, CancellationToken cancellationToken) =>
        !conversation.IsGroup || caller.IsSecret
        || await services.GetRequiredService<IGroupMembership>().IsMemberAsync(conversation.ConversationId, caller.Token!.UserId, cancellationToken);

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
            PublishLive(conversation.ConversationId, activity with { Id = id, Text = null });
            return (id, false);
        }

        var logged = await AppendAsync(conversation.ConversationId, activity, cancellationToken)
            ?? throw new InvalidOperationException("The conversation disappeared.");
        var stored = JsonSerializer.Deserialize(logged.Json, ProtocolJson.Default.Activity)!;
        var failed = !await RunTurnAsync(stored with { ServiceUrl = DirectLineChannel.ServiceUrl, Recipient = Bot }, cancellationToken);
        return (stored.Id!, failed);
    }

    /// <summary>Appends an activity to the log with the next id and pushes it to the open streams.</summary>
    public async Task<LoggedActivity?> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        // Appending and publishing one conversation's activities one at a time keeps every socket's frames in
        // watermark order (two appends could otherwise publish in the opposite order of their commits).
        using var _ = await _appendOrder.EnterAsync(new ConversationKey(DirectLineChannel.ChannelId, conversationId), cancellationToken);
        var timestamp = activity.Timestamp ?? clock.GetUtcNow();
        var logged = await log.AppendAsync(
            conversationId,
            seq => JsonSerializer.Serialize(activity with { Id = DirectLineChannel.ActivityId(conversationId, seq), Timestamp = timestamp }, ProtocolJson.Default.Activity),
            cancellationToken);
        if (logged is not null)
        {
            await fanout.AppendedAsync(conversationId, logged);
            signals.Committed(conversationId, logged.Seq);
        }

        return logged;
    }

    /// <summary>Pushes an activity to this instance's open streams only (typing): never stored, never replayed, never sent to other instances.</summary>
    public void PublishLive(string conversationId, Activity activity)
    {
        var json = JsonSerializer.Serialize(activity, ProtocolJson.Default.Activity);
        hub.Publish(conversationId, ActivitySetWriter.Write([new LoggedActivity(0, json)], null), json, 0);
    }

    private async Task<bool> RunTurnAsync(Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            // Resolved here, not injected: the adapter's outbound router holds the Direct Line sender, which holds us.
            await services.GetRequiredService<ChannelAdapter>().ProcessAsync(activity, cancellationToken);
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
