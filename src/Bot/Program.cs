using EngageBot.Bot;
using EngageBot.Bot.NativeHeap;

MallocArenas.Limit(2);
var app = EngageBotApp.Build(args);
await app.RunAsync();

/// <summary>The entry point, visible to tests that host the whole service.</summary>
public partial class Program;
