using EngageBot.Features.Notices;

namespace EngageBot.Features.Tests.Notices;

public sealed class ReceiptCsvTests
{
    [Fact]
    public void Cells_a_spreadsheet_would_evaluate_are_made_text_and_quotes_are_doubled()
    {
        var line = ReceiptCsv.Line(["=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "\tx", "王芳", null]);

        Assert.Equal("\"'=HYPERLINK(\"\"http://x\"\")\",\"'+1\",\"'-2\",\"'@SUM(A1)\",\"'\tx\",\"王芳\",\"\"\r\n", line);
    }

    [Theory]
    [InlineData("收到", true)]
    [InlineData("收到！", true)]
    [InlineData("Got it.", true)]
    [InlineData("got it 👍", true)]
    [InlineData("收到通知了吗", false)]
    [InlineData("I got it wrong", false)]
    public void Only_a_whole_message_of_confirmation_counts(string text, bool confirms) =>
        Assert.Equal(confirms, ReceiptActions.IsTypedConfirmation(text));
}
