using EngageBot.Core.Turns;

namespace EngageBot.Core.Tests.Turns;

public sealed class SharedTextsTests
{
    [Fact]
    public void Equal_texts_share_one_copy_and_past_the_limit_a_text_is_kept_as_it_came()
    {
        var shared = new SharedTexts();
        var first = shared.Of(new string("http://127.0.0.1:1/".AsSpan()));
        var second = new string("http://127.0.0.1:1/".AsSpan());
        Assert.Same(first, shared.Of(second));

        for (var i = 0; i < SharedTexts.Limit; i++)
        {
            shared.Of("text " + i);
        }

        var late = new string("late".AsSpan());
        Assert.Same(late, shared.Of(late));
        Assert.NotSame(shared.Of(late), shared.Of(new string("late".AsSpan())));
        Assert.Same(first, shared.Of(second)); // what was kept is still shared
    }
}
