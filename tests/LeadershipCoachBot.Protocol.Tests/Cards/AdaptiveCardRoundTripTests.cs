using System.Text.Json;
using System.Text.Json.Nodes;
using LeadershipCoachBot.Protocol.Cards;
using LeadershipCoachBot.Testing.Cards;

namespace LeadershipCoachBot.Protocol.Tests.Cards;

public sealed class AdaptiveCardRoundTripTests
{
    [Fact]
    public void Serialize_Deserialize_Serialize_GivesTheSameJson()
    {
        var first = AllElements().ToJson();
        AdaptiveCardRecorder.Record(first);

        var again = JsonSerializer.Deserialize<AdaptiveCard>(first.GetRawText(), AdaptiveCardJson.Options)!.ToJson();

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(first.GetRawText()), JsonNode.Parse(again.GetRawText())), again.GetRawText());
    }

    [Fact]
    public void Serialize_WritesSchemaNames()
    {
        var json = JsonNode.Parse(AllElements().ToJson().GetRawText())!;

        Assert.Equal("AdaptiveCard", (string?)json["type"]);
        Assert.Equal("1.5", (string?)json["version"]);
        var heading = json["body"]![0]!;
        Assert.Equal("TextBlock", (string?)heading["type"]);
        Assert.Equal("extraLarge", (string?)heading["size"]);
        Assert.Equal("bolder", (string?)heading["weight"]);
        Assert.Equal("attention", (string?)heading["color"]);
        Assert.Equal("emphasis", (string?)json["body"]![2]!["style"]);
        Assert.Equal("Input.Text", (string?)json["body"]![2]!["items"]![0]!["type"]);
        Assert.Equal("Action.Submit", (string?)json["actions"]![0]!["type"]);
        Assert.Equal("review", (string?)json["actions"]![0]!["data"]!["action"]);
        Assert.Equal("Full", (string?)json["msteams"]!["width"]);
        Assert.Null(json["body"]![0]!["id"]);
    }

    [Fact]
    public void Deserialize_TypeAfterOtherProperties_IsRead()
    {
        const string json = """
            {"version":"1.5","type":"AdaptiveCard","body":[
              {"text":"Heading","size":"large","type":"TextBlock"},
              {"columns":[{"items":[{"facts":[{"title":"Severity","value":"2"}],"type":"FactSet"}],"type":"Column","width":"auto"}],"type":"ColumnSet"}],
             "actions":[{"title":"Open","url":"https://contoso.example/retro","type":"Action.OpenUrl"}]}
            """;

        var card = JsonSerializer.Deserialize<AdaptiveCard>(json, AdaptiveCardJson.Options)!;

        var heading = Assert.IsType<AdaptiveTextBlock>(card.Body[0]);
        Assert.Equal(AdaptiveTextSize.Large, heading.Size);
        var facts = Assert.IsType<AdaptiveFactSet>(Assert.IsType<AdaptiveColumnSet>(card.Body[1]).Columns[0].Items[0]);
        Assert.Equal("Severity", facts.Facts[0].Title);
        Assert.Equal(new Uri("https://contoso.example/retro"), Assert.IsType<AdaptiveOpenUrlAction>(card.Actions![0]).Url);
    }

    [Fact]
    public void ToAttachment_CarriesTheAdaptiveCardContentType()
    {
        var attachment = AllElements().ToAttachment();

        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        Assert.Equal("AdaptiveCard", attachment.Content!.Value.GetProperty("type").GetString());
    }

    private static AdaptiveCard AllElements() => new()
    {
        FallbackText = "A card with every element the model knows.",
        MsTeams = new AdaptiveTeamsSettings { Width = "Full" },
        Body =
        [
            new AdaptiveTextBlock("Review") { Size = AdaptiveTextSize.ExtraLarge, Weight = AdaptiveTextWeight.Bolder, Color = AdaptiveTextColor.Attention, Style = "heading" },
            new AdaptiveFactSet { Facts = [new AdaptiveFact("Verdict", "Needs work")], Spacing = AdaptiveSpacing.Small, Separator = true },
            new AdaptiveContainer
            {
                Style = AdaptiveContainerStyle.Emphasis,
                Items =
                [
                    new AdaptiveTextInput { Id = "draft", Label = "Your draft", IsMultiline = true, IsRequired = true, ErrorMessage = "Paste the draft first.", MaxLength = 4000 },
                    new AdaptiveChoiceSetInput { Id = "kind", Label = "Kind", Style = "expanded", Value = "apology", Choices = [new AdaptiveChoice("Apology", "apology"), new AdaptiveChoice("Update", "update")] },
                ],
            },
            new AdaptiveColumnSet { Columns = [new AdaptiveColumn { Width = "stretch", Items = [new AdaptiveTextBlock("Left") { IsSubtle = true }] }] },
            new AdaptiveActionSet { Actions = [new AdaptiveOpenUrlAction { Title = "Method", Url = new Uri("https://contoso.example/method") }] },
        ],
        Actions =
        [
            new AdaptiveSubmitAction("Review", new Dictionary<string, string> { ["action"] = "review" }),
            new AdaptiveShowCardAction { Title = "More", Card = new AdaptiveCard { Body = [new AdaptiveTextBlock("Hidden detail")] } },
        ],
    };
}
