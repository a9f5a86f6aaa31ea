namespace Linli.Web.Modules.Residents;

/// <summary>Age in whole years, the one rule every module counts ages by.</summary>
public static class Ages
{
    /// <summary>Whole years from a birth date to a day (a birthday on 29 February counts from 28 February in other years).</summary>
    public static int On(DateOnly birthDate, DateOnly day) => day.Year - birthDate.Year - (day < birthDate.AddYears(day.Year - birthDate.Year) ? 1 : 0);
}
