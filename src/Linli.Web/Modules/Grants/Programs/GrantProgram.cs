using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Grants.Programs;

/// <summary>
/// A micro-grant program (公益创投), e.g. 武侯区 2019年第二批: a region's budget in fen, its categories and calendar. The
/// money awarded so far is kept by the conditional update of each award, so the database refuses an award that would
/// pass the budget however many are made at once.
/// </summary>
public sealed class GrantProgram : IRegionOwned
{
    public const int MaxName = 100, MaxText = 2000;
    /// <summary>The default day of the month by which the previous month's report is due.</summary>
    public const int DefaultReportDay = 10;

    public int Id { get; private set; }
    public int RegionId { get; private set; }
    public string RegionPath { get; private set; } = "";
    public string Name { get; private set; } = "";
    /// <summary>Who pays (区委社治委) and who runs it (the community foundation's "third-party platform").</summary>
    public string? Funder { get; private set; }
    public string? Manager { get; private set; }
    public string? Guidelines { get; private set; }
    public long BudgetFen { get; private set; }
    public long AwardedFen { get; private set; }
    public DateOnly? CallClosesOn { get; private set; }
    public DateOnly? StartsOn { get; private set; }
    public DateOnly? MidtermOn { get; private set; }
    public DateOnly? ClosesOn { get; private set; }
    /// <summary>Reports for a month are due by this day of the next month; later ones are flagged late.</summary>
    public int ReportDay { get; private set; } = DefaultReportDay;
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    private GrantProgram() { }

    public GrantProgram(int regionId, string regionPath, string name, long budgetFen, string createdBy, DateTime now)
    {
        RegionId = regionId;
        RegionPath = regionPath;
        Name = name;
        BudgetFen = budgetFen;
        CreatedBy = createdBy;
        CreatedAt = now;
    }

    public void Describe(string? funder, string? manager, string? guidelines) => (Funder, Manager, Guidelines) = (funder, manager, guidelines);

    public void Schedule(DateOnly? callClosesOn, DateOnly? startsOn, DateOnly? midtermOn, DateOnly? closesOn, int reportDay) =>
        (CallClosesOn, StartsOn, MidtermOn, ClosesOn, ReportDay) = (callClosesOn, startsOn, midtermOn, closesOn, reportDay);

    /// <summary>The day a month's report falls due: the report day of the month after.</summary>
    public DateOnly ReportDueOn(int year, int month) => new DateOnly(year, month, 1).AddMonths(1).AddDays(ReportDay - 1);
}

/// <summary>A category of a program (邻里关系营造, 垃圾分类...) with an optional cap on what may be awarded in it, kept like the program's.</summary>
public sealed class GrantCategory : IRegionOwned
{
    public const int MaxName = 30;

    public int Id { get; private set; }
    public int ProgramId { get; private set; }
    public int RegionId { get; private set; }
    public string RegionPath { get; private set; } = "";
    public string Name { get; private set; } = "";
    public long? CapFen { get; private set; }
    public long AwardedFen { get; private set; }

    private GrantCategory() { }

    public GrantCategory(GrantProgram program, string name, long? capFen)
    {
        ProgramId = program.Id;
        RegionId = program.RegionId;
        RegionPath = program.RegionPath;
        Name = name;
        CapFen = capFen;
    }
}
