using LeadershipCoachBot.Protocol.Cards;
using LeadershipCoachBot.Protocol.Dialogs.Prompts;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Conversation.Cards;

/// <summary>
/// A question with more options than a card has room for buttons: one radio list and a Next button.
/// It submits <c>{"choice": value}</c>, as a choice button does, so the same prompt reads either.
/// </summary>
public static class ChoiceSetQuestionCard
{
    public static Attachment Create(string question, IList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(choices);
        return new AdaptiveCard
        {
            Body =
            [
                new AdaptiveChoiceSetInput
                {
                    Id = ChoiceRecognizer.ChoiceField,
                    Label = question,
                    Style = "expanded",
                    IsRequired = true,
                    ErrorMessage = "Pick one, then tap Next.",
                    Choices = [.. choices.Select(c => new AdaptiveChoice(c.Value, c.Value))],
                },
            ],
            Actions = [new AdaptiveSubmitAction { Title = "Next" }],
            FallbackText = string.Join('\n', choices.Select((c, i) => $"{i + 1}. {c.Value}").Prepend(question)),
        }.ToAttachment();
    }
}
