using LeadershipCoachBot.Conversation.MessageActions;
using LeadershipCoachBot.Protocol.Teams;

namespace LeadershipCoachBot.Conversation.Tests.MessageActions;

public sealed class MessageTextTests
{
    [Theory]
    [InlineData("<p>We rolled back the cache change.</p>", "We rolled back the cache change.")]
    [InlineData("<div>First line<br>Second line<br/>Third line</div>", "First line\nSecond line\nThird line")]
    [InlineData("<p>One paragraph.</p><p>Another paragraph.</p>", "One paragraph.\nAnother paragraph.")]
    [InlineData("<p>Costs &amp; benefits: 5 &lt; 7, &quot;quoted&quot; &#39;single&#39; &#x2014; dash</p>", "Costs & benefits: 5 < 7, \"quoted\" 'single' \u2014 dash")]
    [InlineData("<p>Hi <at id=\"0\">Sam Lee</at>, the rollout is paused.</p>", "Hi Sam Lee, the rollout is paused.")]
    [InlineData("<ul><li>Paused the rollout</li><li>Paged the owner</li></ul>", "- Paused the rollout\n- Paged the owner")]
    [InlineData("<p>Before</p><script>alert('x')</script><style>p { color: red }</style><p>After</p>", "Before\nAfter")]
    [InlineData("<p>a&nbsp;b</p>\r\n<p>   </p><p></p><p></p><p>c</p>", "a b\n\nc")]
    [InlineData("<p><img src=\"https://example.com/x.png\" alt=\"chart\"></p>", "")]
    [InlineData("plain text, no tags", "plain text, no tags")]
    public void FromHtml_TeamsBodies_GivesTheTextWithItsLineBreaks(string html, string expected)
    {
        Assert.Equal(expected, MessageText.FromHtml(html));
    }

    [Fact]
    public void From_TextBody_KeepsAngleBracketsAsTyped()
    {
        var payload = new MessageActionsPayload { Body = new MessageActionsPayloadBody { ContentType = "text", Content = "latency <200 ms & rising\r\n" } };

        Assert.Equal("latency <200 ms & rising", MessageText.From(payload));
    }

    [Fact]
    public void From_NoPayloadOrBody_IsEmpty()
    {
        Assert.Equal(string.Empty, MessageText.From(null));
        Assert.Equal(string.Empty, MessageText.From(new MessageActionsPayload()));
        Assert.Equal(string.Empty, MessageText.From(new MessageActionsPayload { Body = new MessageActionsPayloadBody { ContentType = "html" } }));
    }

    [Fact]
    public void FromHtml_UnclosedTagsAndHugeInput_FinishesAndKeepsTheText()
    {
        var html = string.Concat(Enumerable.Repeat("<script>x <p>word</p>", 5000));

        var text = MessageText.FromHtml(html);

        Assert.Contains("word", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
    }
}
