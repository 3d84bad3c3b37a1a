using LeadershipCoachBot.Coaching.Tone.Rules;
using LeadershipCoachBot.Coaching.Tone.Text;

namespace LeadershipCoachBot.Coaching.Tone.Engine;

/// <summary>Where a rule matched: the sentence and the matched words as offsets into the draft.</summary>
internal sealed record RuleHit(TextRule Rule, DraftSentence Sentence, int Start, int Length);
