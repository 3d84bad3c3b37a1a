using System.Net;
using System.Text.Json;
using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Conversation.MessageActions;
using LeadershipCoachBot.Conversation.Teams;
using LeadershipCoachBot.Protocol.Connector;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Conversation.Tests.Teams;

public sealed class SharedConversationsTests
{
    private const string Mention = "<at>Leadership Coach</at>";
    private const string Draft = "Mistakes were made during the database move on Tuesday. This will never happen again.";

    private readonly CoachBotHarness _harness = new();

    private Activity InShared(string conversationType, string text, bool mentioned = true)
    {
        var activity = _harness.Inbound(ActivityTypes.Message);
        activity.Conversation = new ConversationAccount
        {
            Id = conversationType == "channel" ? "19:general@thread.tacv2;messageid=1764404712345" : "19:group@thread.v2",
            ConversationType = conversationType,
            IsGroup = true,
            TenantId = "tenant-1",
        };
        activity.Text = mentioned ? $"{Mention} {text}" : text;
        if (mentioned)
        {
            activity.Entities =
            [
                JsonSerializer.SerializeToElement(new Mention { Mentioned = new ChannelAccount(CoachBotHarness.BotId, "Leadership Coach"), Text = Mention }, ProtocolJson.Options)
                    .Deserialize<Entity>(ProtocolJson.Options)!,
            ];
        }

        return activity;
    }

    private static bool InSharedConversation(Activity activity) => activity.Conversation!.Id!.StartsWith("19:", StringComparison.Ordinal);

    private static string? FirstText(Activity activity) =>
        activity.Attachments?[0].Content?.GetProperty("body")[0].GetProperty("text").GetString();

    [Theory]
    [InlineData("groupChat")]
    [InlineData("channel")]
    public async Task NotMentioned_TheCoachStaysSilent(string conversationType)
    {
        var sent = await _harness.SendAsync(InShared(conversationType, "help", mentioned: false));

        Assert.Empty(sent);
        Assert.Empty(_harness.Connector.CreatedConversations);
    }

    [Theory]
    [InlineData("groupChat")]
    [InlineData("channel")]
    public async Task MentionedHelp_TheMentionIsRemovedAndTheWelcomeCardIsPostedThere(string conversationType)
    {
        var sent = await _harness.SendAsync(InShared(conversationType, "help"));

        var reply = Assert.Single(sent);
        Assert.True(CoachBotHarness.IsWelcomeCard(reply));
        Assert.True(InSharedConversation(reply));
    }

    [Fact]
    public async Task MentionedWithSomethingElse_GetsTheUsualLineInTheConversation()
    {
        var sent = await _harness.SendAsync(InShared("groupChat", "what's the weather"));

        Assert.Contains(CoachReplies.NotUnderstood, LeadershipCoachBot.Conversation.Tests.Cards.CardText.Of(Assert.Single(sent)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("channel", "review: ")]
    [InlineData("channel", "review ")]
    [InlineData("groupChat", "check my draft\n")]
    [InlineData("groupChat", "Review tone: ")]
    public async Task ReviewWithADraft_TheReviewGoesToTheOneOnOneChatAndOnlyANoteStaysInTheConversation(string conversationType, string prefix)
    {
        var sent = await _harness.SendAsync(InShared(conversationType, prefix + Draft));

        var created = Assert.Single(_harness.Connector.CreatedConversations);
        Assert.Equal("29:user", Assert.Single(created.Members!).Id);
        Assert.Equal(2, sent.Count);
        var review = sent.Single(a => !InSharedConversation(a));
        Assert.Equal("personal-29:user", review.Conversation!.Id);
        Assert.Equal("Revise before sending", FirstText(review));
        var note = sent.Single(InSharedConversation);
        Assert.Equal(SharedConversations.ReviewSentPrivately, note.Text);
        Assert.Null(note.Attachments);
        Assert.DoesNotContain("database", note.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("review", CardActions.Review)]
    [InlineData("review a draft", CardActions.Review)]
    [InlineData("check my update", "check my update")]
    [InlineData("1:1 prep", "1:1 prep")]
    public async Task PrivateRequestWithoutADraft_AStartCardGoesToTheOneOnOneChat(string said, string command)
    {
        var sent = await _harness.SendAsync(InShared("channel", said));

        var start = sent.Single(a => !InSharedConversation(a));
        Assert.Equal(PrivateStartCard.Title, FirstText(start));
        Assert.Equal(command, start.Attachments![0].Content!.Value.GetProperty("actions")[0].GetProperty("data").GetProperty(CardActions.Field).GetString());
        Assert.Equal(SharedConversations.MovedToPrivateChat, sent.Single(InSharedConversation).Text);
    }

    [Fact]
    public async Task ReviewButtonOnACardInAChannel_StartsPrivatelyToo()
    {
        var press = InShared("channel", string.Empty, mentioned: false);
        press.Text = null;
        press.Value = JsonSerializer.SerializeToElement(new Dictionary<string, string> { [CardActions.Field] = CardActions.Review });

        var sent = await _harness.SendAsync(press);

        Assert.Equal(PrivateStartCard.Title, FirstText(sent.Single(a => !InSharedConversation(a))));
        Assert.Single(_harness.Connector.CreatedConversations);
    }

    [Fact]
    public async Task ReviewHere_TheLeaderAskedForItInTheConversation_SoTheReviewIsPostedThere()
    {
        var sent = await _harness.SendAsync(InShared("groupChat", "review here: " + Draft));

        var review = Assert.Single(sent);
        Assert.True(InSharedConversation(review));
        Assert.Equal("Revise before sending", FirstText(review));
        Assert.Empty(_harness.Connector.CreatedConversations);
    }

    [Fact]
    public async Task PrivateChatRefused_SaysHowToInstallAndPostsNoReview()
    {
        _harness.Connector.CreateConversationFailure = new ConnectorException(
            "refused", ConnectorOperations.CreateConversation, HttpStatusCode.Forbidden, "BotNotInRoster", responseBody: null);

        var sent = await _harness.SendAsync(InShared("channel", "review: " + Draft));

        var reply = Assert.Single(sent);
        Assert.Equal(PrivateChat.NotInstalled, reply.Text);
        Assert.Null(reply.Attachments);
    }

    [Fact]
    public async Task PersonalChat_ReviewStillStartsTheReviewDialogThere()
    {
        var sent = await _harness.SayAsync("review");

        Assert.Single(sent);
        Assert.Empty(_harness.Connector.CreatedConversations);
        Assert.Equal("a:chat", sent[0].Conversation!.Id);
    }

    [Fact]
    public async Task PersonalChat_WithoutAMention_IsAnswered()
    {
        var sent = await _harness.SayAsync("help");

        Assert.True(CoachBotHarness.IsWelcomeCard(Assert.Single(sent)));
    }

    [Theory]
    [InlineData("can you check my update to the execs before I post it?")]
    [InlineData("help me prep a 1:1 with the engineer who ran the migration")]
    public async Task RequestInOwnWords_AboutOwnDraftOrA1On1_MovesToThePrivateChatWithoutItsWords(string said)
    {
        var sent = await _harness.SendAsync(InShared("groupChat", said));

        Assert.Single(_harness.Connector.CreatedConversations);
        Assert.Equal(2, sent.Count);
        Assert.Equal(SharedConversations.MovedToPrivateChat, sent[^1].Text);
        Assert.DoesNotContain(_harness.Connector.SentActivities, a => LeadershipCoachBot.Conversation.Tests.Cards.CardText.Of(a).Contains(said, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("reviewer please")]
    public async Task WordsThatOnlyStartLikeReview_AreNotMovedPrivately(string said)
    {
        var sent = await _harness.SendAsync(InShared("groupChat", said));

        Assert.Empty(_harness.Connector.CreatedConversations);
        Assert.Contains(CoachReplies.NotUnderstood, LeadershipCoachBot.Conversation.Tests.Cards.CardText.Of(Assert.Single(sent)), StringComparison.Ordinal);
    }
}
