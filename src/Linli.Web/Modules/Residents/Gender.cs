namespace Linli.Web.Modules.Residents;

public enum Gender
{
    Male = 1,
    Female = 2,
}

/// <summary>Whether a resident still lives here; moves and deaths keep the record with their date.</summary>
public enum ResidentStatus
{
    Living = 1,
    MovedAway = 2,
    Deceased = 3,
}
