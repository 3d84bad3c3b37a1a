using LeadershipCoachBot.Conversation.Dialogs;

namespace LeadershipCoachBot.Conversation.Tests.Dialogs;

public sealed class OptionalTextTests
{
    [Theory]
    [InlineData("skip")]
    [InlineData("Skip it")]
    [InlineData("no comment")]
    [InlineData("dunno tbh")]
    [InlineData("no idea yet")]
    [InlineData("   ")]
    public void Read_SkipOrDontKnow_IsNoAnswer(string said) => Assert.Null(OptionalText.Read(said));

    [Theory]
    [InlineData("Quiet since Friday, apologised twice in the channel")]
    [InlineData("not sure whether payments were taken twice")]
    public void Read_AnAnswerWithContent_IsKeptTrimmed(string said) => Assert.Equal(said, OptionalText.Read($"  {said} "));
}
