namespace Linli.Web.Modules.Residents;

public enum CareTagKind
{
    /// <summary>Computed from the register (age, household); never stored.</summary>
    Derived,
    /// <summary>Recorded by staff; ordinary personal information.</summary>
    Recorded,
    /// <summary>Recorded by staff; sensitive (PIPL Art. 28): sealed, shown only with permission, reads audited.</summary>
    Sensitive,
    /// <summary>A tag a community made up for itself (楼门长, 志愿者骨干...).</summary>
    Custom,
}

public sealed record CareTag(string Key, CareTagKind Kind);

/// <summary>The care tags Linli knows, by the glossary's code names, with the Chinese words staff type.</summary>
public static class CareTags
{
    public static readonly CareTag Elderly80Plus = new("Elderly80Plus", CareTagKind.Derived);
    public static readonly CareTag Child = new("Child", CareTagKind.Derived);
    public static readonly CareTag LivingAlone = new("LivingAlone", CareTagKind.Derived);
    public static readonly CareTag EmptyNest = new("EmptyNest", CareTagKind.Recorded);
    public static readonly CareTag PartyMember = new("PartyMember", CareTagKind.Recorded);
    public static readonly CareTag Disability = new("Disability", CareTagKind.Sensitive);
    public static readonly CareTag LowIncomeHousehold = new("LowIncomeHousehold", CareTagKind.Sensitive);
    public static readonly CareTag ChronicCondition = new("ChronicCondition", CareTagKind.Sensitive);

    public static readonly CareTag[] Known = [Elderly80Plus, Child, LivingAlone, EmptyNest, PartyMember, Disability, LowIncomeHousehold, ChronicCondition];

    /// <summary>Age from which the 80+ tag applies, and below which a resident is a child (PIPL Art. 31: under 14).</summary>
    public const int ElderlyAge = 80;
    public const int ChildAge = 14;

    private static readonly Dictionary<string, CareTag> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["高龄"] = Elderly80Plus, ["高龄老人"] = Elderly80Plus, ["80+"] = Elderly80Plus,
        ["儿童"] = Child, ["未成年人"] = Child,
        ["独居"] = LivingAlone, ["独居老人"] = LivingAlone,
        ["空巢"] = EmptyNest, ["空巢老人"] = EmptyNest,
        ["党员"] = PartyMember,
        ["残疾"] = Disability, ["残疾人"] = Disability,
        ["低保"] = LowIncomeHousehold, ["低保户"] = LowIncomeHousehold, ["LowIncome"] = LowIncomeHousehold,
        ["慢性病"] = ChronicCondition,
    };

    /// <summary>A known tag by code name or Chinese word; anything else is a community's own tag.</summary>
    public static CareTag Resolve(string text)
    {
        text = text.Trim();
        return Known.FirstOrDefault(t => string.Equals(t.Key, text, StringComparison.OrdinalIgnoreCase))
            ?? Aliases.GetValueOrDefault(text)
            ?? new CareTag(text, CareTagKind.Custom);
    }

    /// <summary>The stored lookup of a sensitive tag is a keyed hash of this text.</summary>
    public static string LookupText(CareTag tag) => $"care-tag:{tag.Key}";
}

/// <summary>Kinds of disability (残疾类别) as the disability certificate names them; grades run 1 (most severe) to 4.</summary>
public enum DisabilityKind
{
    Physical = 1,
    Visual,
    Hearing,
    Speech,
    Intellectual,
    Mental,
    Multiple,
}
