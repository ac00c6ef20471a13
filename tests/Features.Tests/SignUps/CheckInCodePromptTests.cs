using EngageBot.Core.Protocol;
using EngageBot.Core.State;
using EngageBot.Core.Turns;
using EngageBot.Features.Knowledge;
using EngageBot.Features.SignUps.CheckIn;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.SignUps;

/// <summary>"签到" without a code asks for it; the next message, when it is the code, is the check-in's answer.</summary>
public sealed class CheckInCodePromptTests
{
    [Theory]
    [InlineData("签到")]
    [InlineData("我到了 签个到")]
    [InlineData("劳驾 帮我签个到吧")]
    [InlineData("check me in pls")]
    [InlineData("im here 😊 check in")]
    public void A_check_in_without_a_code_is_an_order(string text) =>
        Assert.Equal(new ActionReading(MemberAction.CheckIn, ActionMode.Command), ActionPhrases.Read(text, TextNormalizer.Normalize(text)));

    [Theory]
    [InlineData("怎么签到")]
    [InlineData("能替同事签到不")]
    [InlineData("别给我签到")]
    [InlineData("我朋友说他们公司签到要人脸识别")]
    [InlineData("签到码在哪看")]
    [InlineData("what time does check in open")]
    public void A_sentence_about_check_in_is_no_order(string text) =>
        Assert.NotEqual(ActionMode.Command, ActionPhrases.Read(text, TextNormalizer.Normalize(text))?.Mode);

    [Theory]
    [InlineData("357201", "357201")]
    [InlineData("３５７２０１", "357201")]
    [InlineData("签到码 357201", "357201")]
    [InlineData("签到码是：357201。", "357201")]
    [InlineData("my code is 357201", "357201")]
    [InlineData("好的", null)]
    [InlineData("357201 和 552311", null)]
    [InlineData("我电话尾号 357201", null)]
    public void The_answer_is_a_code_with_code_words_around_it_at_most(string text, string? code) =>
        Assert.Equal(code, CheckInCodePrompt.CodeIn(TextNormalizer.Normalize(text)));

    [Fact]
    public void The_prompt_survives_a_restart_and_only_the_asked_member_answers_it()
    {
        var clock = new ManualClock();
        var prompt = new CheckInCodePrompt(clock);
        var asked = Turn("u1", "签到", null);
        prompt.Ask(asked);
        var saved = asked.State.Conversation.ToWrite()!.Json;

        // Another instance (or a restarted one) reads the conversation's state: a different member's code is not taken.
        Assert.Null(new CheckInCodePrompt(clock).Take(Turn("u2", "357201", saved)));
        Assert.Equal("357201", new CheckInCodePrompt(clock).Take(Turn("u1", "357201", saved)));
    }

    [Fact]
    public void Any_other_message_or_a_lapse_closes_the_prompt()
    {
        var clock = new ManualClock();
        var prompt = new CheckInCodePrompt(clock);
        var asked = Turn("u1", "check in", null);
        prompt.Ask(asked);
        var saved = asked.State.Conversation.ToWrite()!.Json;

        var other = Turn("u1", "最近有啥活动", saved);
        Assert.Null(prompt.Take(other));
        Assert.Null(prompt.Take(Turn("u1", "357201", other.State.Conversation.ToWrite()!.Json)));

        clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Null(prompt.Take(Turn("u1", "357201", saved)));
    }

    private static TurnContext Turn(string user, string text, string? conversationJson) => new(
        new Activity { Type = ActivityTypes.Message, Text = text, From = new ChannelAccount { Id = user } },
        new TurnState(
            new StateBag("conversation/emulator/c1", conversationJson is null ? null : new StoredState("conversation/emulator/c1", conversationJson, "1")),
            new StateBag($"user/emulator/{user}", null)),
        (_, _) => Task.CompletedTask);
}
