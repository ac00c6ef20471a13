using System.Net;
using System.Net.Http.Headers;
using System.Text;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Members;

/// <summary>The roster import over real HTTP on the whole service: counts, rejected rows, preview, re-import, bad files.</summary>
public sealed class RosterImportApiTests : IAsyncLifetime
{
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_thousand_row_roster_with_ten_bad_rows_adds_990_and_reports_exactly_those_rows()
    {
        var (response, report) = await RosterApi.ImportAsync(_host.Admin, RosterFiles.Utf8WithBom(RosterFiles.Thousand()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(990, report.GetProperty("added").GetInt32());
        Assert.Equal(0, report.GetProperty("updated").GetInt32());
        Assert.Equal(RosterFiles.BadRows.Keys.Order(), RosterApi.Lines(report));
        Assert.All(report.GetProperty("rejected").EnumerateArray(), r => Assert.Contains(" / ", r.GetProperty("reason").GetString(), StringComparison.Ordinal));
        Assert.Equal(990, _host.Count("members"));
    }

    [Fact]
    public async Task A_preview_reports_the_same_and_writes_nothing()
    {
        var (response, preview) = await RosterApi.ImportAsync(_host.Admin, RosterFiles.Thousand(), preview: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(preview.GetProperty("preview").GetBoolean());
        Assert.Equal(990, preview.GetProperty("added").GetInt32());
        Assert.Equal(RosterFiles.BadRows.Keys.Order(), RosterApi.Lines(preview));
        Assert.Equal(0, _host.Count("members"));
    }

    [Fact]
    public async Task Re_importing_updates_the_members_whose_details_changed()
    {
        await RosterApi.ImportAsync(_host.Admin, RosterFiles.Thousand());

        var (_, same) = await RosterApi.ImportAsync(_host.Admin, RosterFiles.Thousand());
        var (_, changed) = await RosterApi.ImportAsync(_host.Admin, RosterFiles.Thousand(phonePrefix: "139"));
        var member = await RosterApi.GetJsonAsync(_host.Admin, "api/admin/members/bj-0001");

        Assert.Equal((0, 0, 990), (same.GetProperty("added").GetInt32(), same.GetProperty("updated").GetInt32(), same.GetProperty("unchanged").GetInt32()));
        Assert.Equal((0, 990), (changed.GetProperty("added").GetInt32(), changed.GetProperty("updated").GetInt32()));
        Assert.Equal("13900000001", member.GetProperty("phone").GetString());
        Assert.Equal(990, _host.Count("members"));
    }

    [Fact]
    public async Task Files_it_cannot_read_are_refused_with_what_to_do_and_change_nothing()
    {
        var latin1 = Encoding.Latin1.GetBytes("Mitglied,Name\r\nBJ-1,Jürgen\r\n");
        var (notUtf8, notUtf8Body) = await RosterApi.ImportAsync(_host.Admin, latin1);
        var (noHeader, _) = await RosterApi.ImportAsync(_host.Admin, "BJ-1,李娜,13800000001,甲\r\n");
        var (json, _) = await RosterApi.ImportAsync(_host.Admin, Encoding.UTF8.GetBytes("{}"), contentType: "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, notUtf8.StatusCode);
        Assert.Contains("CSV UTF-8", notUtf8Body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noHeader.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        Assert.Equal(0, _host.Count("members"));
    }

    [Fact]
    public async Task A_file_over_ten_megabytes_is_refused_with_413_whether_or_not_its_length_is_announced()
    {
        var header = Encoding.UTF8.GetBytes("会员号,姓名,手机号,工会\r\nBJ-1,李娜,13800000001,甲\r\n");
        var big = new byte[(10 * 1024 * 1024) + 1];
        header.CopyTo(big, 0);
        Array.Fill(big, (byte)'\n', header.Length, big.Length - header.Length);

        var (announced, _) = await RosterApi.ImportAsync(_host.Admin, big);
        using var chunked = new StreamContent(new MemoryStream(big));
        chunked.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/admin/members/import") { Content = chunked };
        request.Headers.TransferEncodingChunked = true;
        using var streamed = await _host.Admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, announced.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, streamed.StatusCode);
        Assert.Equal(0, _host.Count("members"));
    }
}
