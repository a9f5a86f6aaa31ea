using Linli.Web.Modules.Residents;
using Linli.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.ReadingRoom;

/// <summary>Readers' age bands for the statistics, by age on the day of the loan.</summary>
public enum ReaderBand
{
    Under7 = 1,
    From7To13 = 2,
    From14To17 = 3,
    From18To59 = 4,
    From60 = 5,
}

public sealed record MonthOfReading(int Month, int Loans, int Readers, IReadOnlyDictionary<ReaderBand, int> LoansByBand);

public sealed record ReadingYear(int Year, int Loans, int Readers, IReadOnlyList<MonthOfReading> Months);

/// <summary>Loans and distinct readers per month and readers' age band: what the reading corner reports, counted from the loans.</summary>
public sealed class ReadingStats(LinliDb db, ResidentPlacement placement, ResidentDirectory residents)
{
    public async Task<ReadingYear> YearAsync(int communityId, int year, CancellationToken cancellationToken)
    {
        await placement.EnsureCommunityAsync(communityId, cancellationToken);
        var from = new DateOnly(year, 1, 1);
        var to = from.AddYears(1);
        var made = await db.Set<Loan>().AsNoTracking().Where(l => l.CommunityId == communityId && l.LoanedOn >= from && l.LoanedOn < to)
            .Select(l => new { l.LoanedOn, l.BorrowerId }).ToListAsync(cancellationToken);
        var births = await residents.BirthDatesForFiguresAsync(made.Select(l => l.BorrowerId), cancellationToken);
        var loans = made.Select(l => new { l.LoanedOn, l.BorrowerId, BirthDate = births[l.BorrowerId] }).ToList();
        var months = Enumerable.Range(1, 12).Select(month =>
        {
            var inMonth = loans.Where(l => l.LoanedOn.Month == month).ToList();
            var bands = Enum.GetValues<ReaderBand>().ToDictionary(b => b, b => inMonth.Count(l => BandOf(l.BirthDate, l.LoanedOn) == b));
            return new MonthOfReading(month, inMonth.Count, inMonth.Select(l => l.BorrowerId).Distinct().Count(), bands);
        }).ToList();
        return new ReadingYear(year, loans.Count, loans.Select(l => l.BorrowerId).Distinct().Count(), months);
    }

    public static ReaderBand BandOf(DateOnly birthDate, DateOnly on)
    {
        var age = Ages.On(birthDate, on);
        return age switch
        {
            < 7 => ReaderBand.Under7,
            < 14 => ReaderBand.From7To13,
            < 18 => ReaderBand.From14To17,
            < 60 => ReaderBand.From18To59,
            _ => ReaderBand.From60,
        };
    }
}
