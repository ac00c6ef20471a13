using EngageBot.Core.Protocol;
using EngageBot.Core.State;
using EngageBot.Infrastructure;

namespace EngageBot.Core.Tests.State;

/// <summary>A transcript row given as the activity's UTF-8 bytes (<see cref="StoredJson"/>) is the row its string gave.</summary>
public abstract partial class StateStoreContract
{
    [Fact]
    public async Task A_transcript_row_written_from_utf8_bytes_is_the_same_text_row_as_from_its_string()
    {
        var conversation = new ConversationKey("emulator", "c-bytes");
        var reply = new Activity
        {
            Type = ActivityTypes.Message, Id = "reply|emulator/c-bytes|a1|0", Text = "本周末有太极课 <b>&</b> \"报名\"", Locale = "zh-CN",
        };
        await Store.CommitAsync(new TurnCommit(null, [],
            [new TranscriptEntry(conversation, reply.Id, "out", StoredJson.Of(reply)),
             new TranscriptEntry(conversation, "a2", "out", ActivityWriter.SerializeForStorage(reply))], null), CancellationToken.None);

        var rows = await Store.ReadTranscriptAsync(conversation, 0, 10, CancellationToken.None);

        Assert.Equal([ActivityWriter.SerializeForStorage(reply), ActivityWriter.SerializeForStorage(reply)], rows.Select(r => r.Json));
        await using var connection = await _database.OpenReadAsync(CancellationToken.None);
        await using var query = connection.Command(_database.Provider == StorageProvider.Postgres
            ? "SELECT COUNT(*) FROM transcript WHERE conversation_key = @c AND pg_typeof(json)::text = 'text' AND json::jsonb ->> 'text' LIKE '本周末%'"
            : "SELECT COUNT(*) FROM transcript WHERE conversation_key = @c AND typeof(json) = 'text' AND json_extract(json, '$.text') LIKE '本周末%'");
        query.With("@c", conversation.Format());
        Assert.Equal(2L, Convert.ToInt64(await query.ExecuteScalarAsync(CancellationToken.None), System.Globalization.CultureInfo.InvariantCulture));
    }
}
