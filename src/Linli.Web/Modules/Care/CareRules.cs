namespace Linli.Web.Modules.Care;

/// <summary>Who gave a separate consent (PIPL Art. 29): the resident, or the guardian of a child under 14 (Art. 31).</summary>
public enum ConsentGiver
{
    Resident = 1,
    Guardian = 2,
}

/// <summary>Rules of care stated once.</summary>
public static class CareRules
{
    /// <summary>Under this age a guardian consents (PIPL Art. 31).</summary>
    public const int ConsentAge = 14;

    /// <summary>Whether this giver may consent for a person of this age.</summary>
    public static bool MayConsent(ConsentGiver by, int age) => by == ConsentGiver.Guardian || age >= ConsentAge;
}
