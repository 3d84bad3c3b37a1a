using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Cli.Output;

/// <summary>The terminal's words for apology components: their contract ids (<see cref="ToneIds"/>) read as words.</summary>
internal static class ApologyComponentNames
{
    /// <summary>The component's id with spaces for hyphens, e.g. <c>offer of repair</c>.</summary>
    public static string Label(this ApologyComponent component) => component.Id().Replace('-', ' ');

    /// <summary>The components the apology lacks, most effective first.</summary>
    public static IReadOnlyList<ApologyComponent> Missing(IReadOnlyCollection<ApologyComponent> present) =>
        Enum.GetValues<ApologyComponent>().Where(c => !present.Contains(c)).ToList();
}
