namespace Linli.Web.Modules.Residents.Care;

/// <summary>Why someone is on the overdue list: their grade's interval has passed, or an elder living alone has not been seen.</summary>
public enum OverdueReason
{
    GradeInterval = 1,
    LivingAloneUnseen = 2,
}

public sealed record OverdueItem(int ResidentId, string Name, int Age, string? UnitLabel, OverdueReason Reason, CareGrade? Grade,
    DateOnly? LastContact, int? DaysSinceContact, DateOnly Due);

public sealed record BirthdayItem(int ResidentId, string Name, DateOnly BirthDate, int Turns, string? UnitLabel);

public sealed record CareRequest(CareGrade Grade, string Responsible, string? Needs);

public sealed record VisitRequest(DateOnly On, VisitKind Kind, string Visitor, string Findings, string? Needs, string? FollowUp);
