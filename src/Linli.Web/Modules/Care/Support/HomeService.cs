using Linli.Web.Platform.Privacy;
using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Care.Support;

/// <summary>What was brought to the home (seed 002 case 2's 居家卫生、营养餐派送、理发、体检; 004's birthday cakes and the Spring Festival cleaning).</summary>
public enum HomeServiceKind
{
    Cleaning = 1,
    MealDelivery = 2,
    Haircut = 3,
    CheckUp = 4,
    BirthdayCake = 5,
    FestivalGift = 6,
    Other = 7,
}

/// <summary>One home service to one resident: who provided it, who paid for it (a donor, a project), how many.</summary>
public sealed class HomeService : ICommunityOwned
{
    public const int MaxName = 100;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int ResidentId { get; private set; }
    public HomeServiceKind Kind { get; private set; }
    public DateOnly On { get; private set; }
    public string Provider { get; private set; } = "";
    public string? Donor { get; private set; }
    public int Quantity { get; private set; }
    [Sensitive] public string? Note { get; private set; }
    public string RecordedBy { get; private set; } = "";

    private HomeService() { }

    public HomeService(int communityId, int residentId, (HomeServiceKind Kind, DateOnly On, int Quantity) what, (string Provider, string? Donor) by, string? note, string recordedBy)
    {
        CommunityId = communityId;
        ResidentId = residentId;
        (Kind, On, Quantity) = what;
        (Provider, Donor) = by;
        Note = note;
        RecordedBy = recordedBy;
    }
}
