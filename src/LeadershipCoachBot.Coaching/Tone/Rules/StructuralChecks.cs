namespace LeadershipCoachBot.Coaching.Tone.Rules;

/// <summary>
/// Which kinds need which elements (the review contract's table) and how much a gap matters for each kind.
/// In suggestions, <c>{topic}</c> becomes the change the draft talks about.
/// </summary>
internal static class StructuralChecks
{
    private const FindingSeverity High = FindingSeverity.High;
    private const FindingSeverity Medium = FindingSeverity.Medium;
    private const FindingSeverity Low = FindingSeverity.Low;

    public static IReadOnlyList<StructuralCheck> All { get; } =
    [
        new(DraftElement.Ownership, ToneCategory.MissingOwnership,
            Kinds(exec: High, incident: Medium, apology: High, team: High),
            "Readers need to hear, in the first person, that the decision was yours.",
            "Add: \"{topic} was my decision, and what it cost is mine to own.\""),
        new(DraftElement.Learning, ToneCategory.MissingLearning,
            Kinds(exec: Medium, incident: Low, apology: Medium),
            "Say which assumption failed; that turns the failure into data.",
            "Add: \"What I got wrong: I assumed [the assumption that failed] about {topicLower}.\""),
        new(DraftElement.NextSteps, ToneCategory.MissingNextSteps,
            Kinds(exec: Medium, incident: Medium, apology: Medium, team: Medium),
            "A concrete step with an owner or a time is what moves people forward.",
            "Add: \"Next, I will [the first concrete step, and the day it happens].\""),
        new(DraftElement.Impact, ToneCategory.MissingImpact,
            Kinds(exec: Medium, incident: Medium, apology: Medium),
            "Name who was affected and how much; a vague impact reads as minimising.",
            "Add: \"Impact: [who was affected, how many, and for how long].\""),
        new(DraftElement.Uncertainty, ToneCategory.MissingUncertainty,
            Kinds(exec: Low, incident: Medium),
            "Saying what is still unknown keeps trust when the facts change.",
            "Add: \"Still unknown: [the open question].\""),
        new(DraftElement.NextUpdate, ToneCategory.MissingNextUpdate,
            Kinds(exec: Low, incident: Medium),
            "People plan around the next update; give them a time.",
            "Add: \"Next update at [time].\""),
    ];

    private static Dictionary<DraftKind, FindingSeverity> Kinds(
        FindingSeverity? exec = null, FindingSeverity? incident = null, FindingSeverity? apology = null, FindingSeverity? team = null)
    {
        var map = new Dictionary<DraftKind, FindingSeverity>();
        Add(map, DraftKind.ExecUpdate, exec);
        Add(map, DraftKind.IncidentUpdate, incident);
        Add(map, DraftKind.Apology, apology);
        Add(map, DraftKind.TeamMessage, team);
        return map;
    }

    private static void Add(Dictionary<DraftKind, FindingSeverity> map, DraftKind kind, FindingSeverity? severity)
    {
        if (severity is { } value)
        {
            map[kind] = value;
        }
    }
}
