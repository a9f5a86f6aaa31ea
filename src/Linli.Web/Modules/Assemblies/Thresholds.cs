namespace Linli.Web.Modules.Assemblies;

/// <summary>Owners and area (in 0.01 m²) together: every threshold of Art. 278 needs both.</summary>
public readonly record struct Weight(int Owners, long AreaHundredths)
{
    public static Weight operator +(Weight a, Weight b) => new(a.Owners + b.Owners, a.AreaHundredths + b.AreaHundredths);
}

/// <summary>
/// Civil Code Art. 278 in integers, never floating point. Participation is valid with at least two thirds of all
/// owners and of the total area (abstentions participate): 3 × part ≥ 2 × total. An item passes when participation
/// is valid and its agree votes reach its rule among the participating owners and area: more than half
/// (2 × agree &gt; participating) or at least three quarters (4 × agree ≥ 3 × participating), both counts at once.
/// </summary>
public static class Thresholds
{
    public static bool ParticipationReached(Weight participating, Weight total) =>
        total.Owners > 0 && 3L * participating.Owners >= 2L * total.Owners && 3 * participating.AreaHundredths >= 2 * total.AreaHundredths;

    public static bool Passes(PassRule rule, Weight agree, Weight participating) => rule switch
    {
        PassRule.ThreeQuarters => 4L * agree.Owners >= 3L * participating.Owners && 4 * agree.AreaHundredths >= 3 * participating.AreaHundredths,
        _ => 2L * agree.Owners > participating.Owners && 2 * agree.AreaHundredths > participating.AreaHundredths,
    };
}
