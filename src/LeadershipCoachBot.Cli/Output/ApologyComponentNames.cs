using System.Text;
using LeadershipCoachBot.Coaching.ToneReview;

namespace LeadershipCoachBot.Cli.Output;

/// <summary>Ids (<c>offer-of-repair</c>) and labels (<c>offer of repair</c>) of the apology components.</summary>
internal static class ApologyComponentNames
{
    public static string Id(this ApologyComponent component) => Words(component, '-');

    public static string Label(this ApologyComponent component) => Words(component, ' ');

    /// <summary>The components the apology lacks, most effective first.</summary>
    public static IReadOnlyList<ApologyComponent> Missing(IReadOnlyCollection<ApologyComponent> present) =>
        Enum.GetValues<ApologyComponent>().Where(c => !present.Contains(c)).ToList();

    private static string Words(ApologyComponent component, char separator)
    {
        var name = component.ToString();
        var words = new StringBuilder(name.Length + 8);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(separator);
            }

            words.Append(char.ToLowerInvariant(c));
        }

        return words.ToString();
    }
}
