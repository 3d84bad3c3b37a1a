using LeadershipCoachBot.Coaching.Recovery;
using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Conversation.Recovery;
using LeadershipCoachBot.Protocol.Dialogs;
using LeadershipCoachBot.Protocol.Dialogs.Prompts;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Conversation.Dialogs;

/// <summary>
/// The recovery kit: the all-hands outline, the safeguards checklist and the blameless retro, built
/// from the incident triaged in this conversation (or a line the leader gives, once). A safeguard's
/// Mark done button comes back here and updates the checklist. Ends with the <see cref="RecoveryKit"/>.
/// </summary>
public sealed class RecoveryKitDialog : CoachingDialog
{
    public const string IncidentInputId = "incident";
    public const string IncidentQuestion = "Which failure is this for, in a line?";
    public const string PartQuestion = "What do you need first?";

    private const string PartKey = "part";
    private readonly RecoveryMemory _memory;
    private readonly TimeProvider _time;

    public RecoveryKitDialog(RecoveryMemory memory, TimeProvider time)
        : base(nameof(RecoveryKitDialog))
    {
        ArgumentNullException.ThrowIfNull(memory);
        ArgumentNullException.ThrowIfNull(time);
        _memory = memory;
        _time = time;
        AddDialog(new WaterfallDialog("recoverySteps", [AskIncidentStepAsync, AskPartStepAsync, ShowKitStepAsync]));
        AddDialog(new TextPrompt(nameof(TextPrompt), OptionalText.Validator(300)));
        AddDialog(new ChoicePrompt(nameof(ChoicePrompt)));
    }

    protected override string HelpText =>
        "I'm putting together your recovery kit: an outline for a short all-hands, a checklist of safeguards, and a blameless retro. " +
        "Answer the question, say skip where offered, cancel to stop.";

    private async Task<DialogTurnResult> AskIncidentStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await ToggleSafeguardAsync(step, cancellationToken);
        if (step.GetOptions<RecoveryKitOptions>() is { Stable: true })
        {
            await _memory.MarkIncidentStableAsync(step.Context, _time.GetUtcNow(), cancellationToken);
        }

        var incident = await _memory.GetLastIncidentAsync(step.Context, cancellationToken);
        var line = await _memory.IncidentLine.GetAsync(step.Context, cancellationToken: cancellationToken);
        if (incident is not null || line is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var prompt = Activity.CreateMessageActivity();
        prompt.Attachments = [SkippableQuestionCard.Create(new SkippableQuestion("Recovery kit", IncidentQuestion, IncidentInputId,
            "e.g. The payments migration took checkout down for two hours", 300))];
        return await step.PromptAsync(nameof(TextPrompt), new PromptOptions
        {
            Prompt = prompt,
            RetryPrompt = Activity.CreateMessageActivity($"{IncidentQuestion} Up to 300 characters, or say skip."),
            InputId = IncidentInputId,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskPartStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is string answer)
        {
            await _memory.IncidentLine.SetAsync(step.Context, OptionalText.Read(answer) ?? string.Empty, cancellationToken);
        }

        if (step.GetOptions<RecoveryKitOptions>()?.Part is { } part)
        {
            step.SetValue(PartKey, part.ToString());
            return await step.NextAsync(null, cancellationToken);
        }

        return await step.PromptAsync(nameof(ChoicePrompt), new PromptOptions
        {
            Prompt = Activity.CreateMessageActivity(PartQuestion),
            RetryPrompt = Activity.CreateMessageActivity($"{PartQuestion} {OneOnOnePrepDialog.ChoiceRetry}"),
            Choices = RecoveryChoices.Parts(),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ShowKitStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var part = step.GetResult<FoundChoice>() is { } chosen
            ? RecoveryChoices.Part(chosen.Value)
            : Enum.Parse<RecoveryPart>(step.GetValue<string>(PartKey) ?? nameof(RecoveryPart.All));
        var incident = await _memory.GetLastIncidentAsync(step.Context, cancellationToken);
        var line = await _memory.IncidentLine.GetAsync(step.Context, cancellationToken: cancellationToken);
        var kit = RecoveryKitBuilder.Build(incident, line, await _memory.IsIncidentStableAsync(step.Context, cancellationToken));
        var done = await _memory.SafeguardsDone.GetAsync(step.Context, () => [], cancellationToken) ?? [];

        var reply = Activity.CreateMessageActivity();
        reply.Attachments = part switch
        {
            RecoveryPart.AllHands => [AllHandsCard.Create(kit)],
            RecoveryPart.Safeguards => [SafeguardsCard.Create(kit.Safeguards, done)],
            RecoveryPart.Retro => [RetroCard.Create(kit.Retro)],
            RecoveryPart.All => [AllHandsCard.Create(kit), SafeguardsCard.Create(kit.Safeguards, done), RetroCard.Create(kit.Retro)],
            _ => throw new InvalidOperationException($"Unknown recovery part {part}."),
        };
        if (part == RecoveryPart.All)
        {
            reply.AttachmentLayout = "list";
        }

        await step.Context.SendActivityAsync(reply, cancellationToken);
        return await step.EndDialogAsync(kit, cancellationToken);
    }

    /// <summary>A Mark done (or Not done yet) press on the checklist flips that safeguard.</summary>
    private async Task ToggleSafeguardAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var activity = step.Context.Activity;
        if (!string.Equals(CardSubmit.GetString(activity, CardActions.Field), FollowThroughActions.SafeguardDone, StringComparison.Ordinal)
            || CardSubmit.GetString(activity, FollowThroughActions.ItemField) is not { } item
            || !Safeguards.Ids.Contains(item, StringComparer.Ordinal))
        {
            return;
        }

        var done = await _memory.SafeguardsDone.GetAsync(step.Context, () => [], cancellationToken) ?? [];
        if (!done.Remove(item))
        {
            done.Add(item);
        }

        await _memory.SafeguardsDone.SetAsync(step.Context, done, cancellationToken);
    }
}
