using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Residents.Care;

/// <summary>How often a recipient in care must be contacted: A weekly, B monthly, C quarterly.</summary>
public enum CareGrade
{
    A = 1,
    B = 2,
    C = 3,
}

/// <summary>A resident taken into the service-recipient ledger (服务对象台账).</summary>
public sealed class ServiceRecipient : ICommunityOwned
{
    public int Id { get; private set; }
    public int ResidentId { get; private set; }
    public int CommunityId { get; private set; }
    public CareGrade Grade { get; private set; }
    public string Responsible { get; private set; } = "";
    public string? Needs { get; private set; }
    public DateOnly StartedOn { get; private set; }
    public DateOnly? EndedOn { get; private set; }

    private ServiceRecipient() { }

    public ServiceRecipient(Resident resident, CareGrade grade, string responsible, string? needs, DateOnly startedOn)
    {
        ResidentId = resident.Id;
        CommunityId = resident.CommunityId;
        StartedOn = startedOn;
        Change(grade, responsible, needs);
    }

    public void Change(CareGrade grade, string responsible, string? needs)
    {
        Grade = grade;
        Responsible = responsible;
        Needs = needs;
    }

    public void End(DateOnly on) => EndedOn = on;

    public static int IntervalDays(CareGrade grade) => grade switch
    {
        CareGrade.A => 7,
        CareGrade.B => 30,
        _ => 90,
    };
}
