using System.Text;
using EngageBot.Features.Channels.DirectLine;

namespace EngageBot.Features.Tests.Channels.DirectLine;

/// <summary>
/// The frames a socket gets: one activity's frame built once for every socket, and a backlog merged from those
/// frames' bytes, byte for byte the activity set the JSON writer makes (so a client cannot tell them apart).
/// </summary>
public sealed class ActivitySetWriterTests
{
    private static readonly LoggedActivity[] Rows =
    [
        new(9, "{\"id\":\"g|0000009\",\"text\":\"第一条\"}"),
        new(10, "{\"id\":\"g|0000010\",\"text\":\"second \\\"quoted\\\"\"}"),
        new(11, "{\"id\":\"g|0000011\",\"text\":\"😀\"}"),
    ];

    [Fact]
    public void One_activity_frame_is_the_writers_and_its_slice_is_the_activitys_utf8()
    {
        var (frame, activity) = ActivitySetWriter.WriteOne(Rows[2].Json, 11);

        Assert.Equal(ActivitySetWriter.Write([Rows[2]], 11), frame);
        Assert.Equal(Encoding.UTF8.GetBytes(Rows[2].Json), activity.ToArray());
        Assert.Equal(ActivitySetWriter.Write([Rows[0]], null), ActivitySetWriter.WriteOne(Rows[0].Json, null).Frame);
    }

    [Fact]
    public void A_merged_backlog_is_the_same_bytes_as_writing_the_set()
    {
        var slices = Rows.Select(r => ActivitySetWriter.WriteOne(r.Json, r.Seq).Activity).ToList();

        Assert.Equal(ActivitySetWriter.Write(Rows, 11), ActivitySetWriter.Join(slices, 11));
        Assert.Equal(ActivitySetWriter.Write(Rows, null), ActivitySetWriter.Join(slices, null));
        Assert.Equal(ActivitySetWriter.Write([], 1234567890123), ActivitySetWriter.Join([], 1234567890123));
    }

    [Fact]
    public void A_batch_with_a_replay_or_keep_alive_is_sent_frame_by_frame_and_live_activities_merged()
    {
        var live = Rows.Select(r => ActivitySetWriter.WriteOne(r.Json, r.Seq)).Select((f, i) => new StreamFrame(f.Frame, f.Activity, Rows[i].Seq)).ToList();
        var replay = new StreamFrame(ActivitySetWriter.Write(Rows[..1], 9), ReadOnlyMemory<byte>.Empty, 0);
        var keepAlive = new StreamFrame([], ReadOnlyMemory<byte>.Empty, 0);

        Assert.Equal([ActivitySetWriter.Write(Rows, 11)], Sends([keepAlive, .. live]));
        Assert.Equal([replay.Frame, live[1].Frame], Sends([replay, keepAlive, live[1]]));
        Assert.Equal([keepAlive.Frame], Sends([keepAlive, keepAlive]));
    }

    private static List<byte[]> Sends(List<StreamFrame> batch)
    {
        var sends = new List<byte[]>();
        StreamFrame.Merge(batch, sends, []);
        return sends;
    }
}
