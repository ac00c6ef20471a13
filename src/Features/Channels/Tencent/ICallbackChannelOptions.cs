namespace EngageBot.Features.Channels.Tencent;

/// <summary>Options of a callback channel; without a Token the channel is off and its routes answer 404.</summary>
public interface ICallbackChannelOptions
{
    bool Enabled { get; }
}
