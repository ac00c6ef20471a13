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
        var saved = asked.State.User.ToWrite()!.Json;

        // Another instance (or a restarted one) reads the member's state: a different member's code is not taken.
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
        var saved = asked.State.User.ToWrite()!.Json;

        var other = Turn("u1", "最近有啥活动", saved);
        Assert.Null(prompt.Take(other));
        Assert.Null(prompt.Take(Turn("u1", "357201", other.State.User.ToWrite()!.Json)));

        clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Null(prompt.Take(Turn("u1", "357201", saved)));
    }

    [Theory]
    [InlineData("三三九一", "3391")]
    [InlineData("签到码是幺两三四五六", "123456")]
    [InlineData("3 5 7 2 0 1", "357201")]
    [InlineData("357 201", "357201")]
    [InlineData("码是 ３５７ ２０１", "357201")]
    [InlineData("嗯 七七零八", "7708")]
    [InlineData("一二三", null)]
    [InlineData("我们三个人一起到的", null)]
    [InlineData("1 2", null)]
    [InlineData("3 5 7 2 0 1 9 9", null)]
    public void A_code_read_out_in_Chinese_numerals_or_typed_apart_is_read(string text, string? code) =>
        Assert.Equal(code, CheckInCodePrompt.CodeIn(TextNormalizer.Normalize(text)));

    [Fact]
    public void The_question_is_the_members_own_and_tied_to_the_conversation_it_was_asked_in()
    {
        var clock = new ManualClock();
        var prompt = new CheckInCodePrompt(clock);
        var first = Turn("u1", "签到", null, conversation: "group-1");
        var second = Turn("u2", "签到", null, conversation: "group-1");
        prompt.Ask(first);
        prompt.Ask(second); // in a group two members asked at once: neither question replaces the other
        var u1 = first.State.User.ToWrite()!.Json;

        Assert.True(prompt.Awaits(Turn("u1", "357201", u1, conversation: "group-1")));
        Assert.False(prompt.Awaits(Turn("u1", "357201", u1, conversation: "direct-1")));
        Assert.Null(prompt.Take(Turn("u1", "357201", u1, conversation: "direct-1"))); // a code sent elsewhere does not answer it
        Assert.Equal("357201", prompt.Take(Turn("u1", "357201", u1, conversation: "group-1")));
        Assert.Equal("552311", prompt.Take(Turn("u2", "552311", second.State.User.ToWrite()!.Json, conversation: "group-1")));
        clock.Advance(TimeSpan.FromMinutes(6));
        Assert.False(prompt.Awaits(Turn("u1", "357201", u1, conversation: "group-1")));
    }

    private static TurnContext Turn(string user, string text, string? userJson, string? conversation = null) => new(
        new Activity
        {
            Type = ActivityTypes.Message, Text = text, From = new ChannelAccount { Id = user },
            Conversation = conversation is null ? null : new ConversationAccount { Id = conversation },
        },
        new TurnState(
            new StateBag("conversation/emulator/c1", null),
            new StateBag($"user/emulator/{user}", userJson is null ? null : new StoredState($"user/emulator/{user}", userJson, "1"))),
        (_, _) => Task.CompletedTask);
}
