using System.Collections.Concurrent;
using EngageBot.TestKit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace EngageBot.Bot.Tests.Telemetry;

/// <summary>
/// An OpenTelemetry collector's OTLP/HTTP receiver on loopback: accepts <c>POST /v1/{signal}</c> as a collector does
/// (200 with an empty protobuf response) and keeps each export's path, content type and body.
/// </summary>
internal sealed class OtlpCollectorStub : LoopbackStub
{
    private readonly ConcurrentQueue<OtlpExport> _exports = new();

    public IReadOnlyCollection<OtlpExport> Exports => _exports;

    public static async Task<OtlpCollectorStub> StartAsync()
    {
        var stub = new OtlpCollectorStub();
        await stub.ListenAsync(app => app.MapPost("/v1/{signal}", async (HttpContext context, string signal) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            stub._exports.Enqueue(new OtlpExport(signal, context.Request.ContentType, body.ToArray()));
            return Results.Bytes([], "application/x-protobuf");
        }));
        return stub;
    }
}

/// <summary>One export as the collector received it.</summary>
internal sealed record OtlpExport(string Signal, string? ContentType, byte[] Body)
{
    /// <summary>Whether the protobuf body carries this string (metric, scope and attribute names are UTF-8 in it).</summary>
    public bool Carries(string text) => Body.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(text)) >= 0;
}
