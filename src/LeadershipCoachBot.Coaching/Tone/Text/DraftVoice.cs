namespace LeadershipCoachBot.Coaching.Tone.Text;

/// <summary>Who speaks in a draft: one person ("I"), a group ("we"), or the organisation in the third person.</summary>
internal enum DraftVoice
{
    Singular,
    Plural,
    Company,
}
