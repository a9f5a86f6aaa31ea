using System.Security.Claims;
using Linli.Web.Modules.Residents;
using Linli.Web.Modules.Residents.Guardians;
using Linli.Web.Modules.Residents.SelfService;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.ReadingRoom;

/// <summary>A loan at the desk: the copy's barcode, the reader, and for a paper slip recorded afterwards the day it went out.</summary>
public sealed record LoanRequest(int? CommunityId, string? Barcode, int? BorrowerId, int? GuardianId, DateOnly? LoanedOn);

public sealed record LoanView(int Id, int BookId, string Title, string Barcode, int BorrowerId, string BorrowerName, int? GuardianId, string? GuardianName,
    DateOnly LoanedOn, DateOnly DueOn, int Renewals, bool Returned, int RemindersSent, int DaysOverdue);

public sealed record RulesInput(int? LoanDays, int? MaxRenewals, int? MaxLoans, int? HoldDays, int[]? ReminderDays);

public sealed record RulesView(int LoanDays, int MaxRenewals, int MaxLoans, int HoldDays, int[] ReminderDays)
{
    public static RulesView Of(LendingRules r) => new(r.LoanDays, r.MaxRenewals, r.MaxLoans, r.HoldDays, [r.FirstReminderDays, r.SecondReminderDays, r.ThirdReminderDays]);
}

public sealed record HoldView(int Id, int BookId, string Title, int ResidentId, string ResidentName, HoldStatus Status, DateOnly? ReadyUntil);

/// <summary>
/// Loans, returns, renewals and holds. Staff work the desk within their scope; a resident borrows for
/// themselves or for a child in their care, in their own community's reading room.
/// </summary>
public sealed class CirculationService(LinliDb db, ResidentPlacement placement, ResidentDirectory residents, SelfServiceService self,
    IAuthorizationService authorization, ResidentNotifier notifier, AuditLog audit, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;
    private DateOnly Today => ChinaTime.Today(clock);

    /// <summary>Every open loan, whoever's: whether a copy is on the shelf is a fact about all readers, not the caller's own.</summary>
    private IQueryable<Loan> OpenLoans => db.Set<Loan>().IgnoreQueryFilters().Where(l => l.ReturnedAt == null);

    public async Task<LendingRules> RulesAsync(int communityId, CancellationToken cancellationToken) =>
        await db.Set<LendingRules>().AsNoTracking().FirstOrDefaultAsync(r => r.CommunityId == communityId, cancellationToken)
            ?? LendingRules.Default;

    /// <summary>A community's lending rules as staff set them; each value within a sensible range.</summary>
    public async Task<LendingRules> SetRulesAsync(int communityId, RulesInput input, CancellationToken cancellationToken)
    {
        await placement.EnsureCommunityAsync(communityId, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        if (input.LoanDays is not (>= 1 and <= 180)) errors["loanDays"] = new("Rules.Range", 1, 180);
        if (input.MaxRenewals is not (>= 0 and <= 10)) errors["maxRenewals"] = new("Rules.Range", 0, 10);
        if (input.MaxLoans is not (>= 1 and <= 50)) errors["maxLoans"] = new("Rules.Range", 1, 50);
        if (input.HoldDays is not (>= 1 and <= 30)) errors["holdDays"] = new("Rules.Range", 1, 30);
        if (input.ReminderDays is not { Length: 3 } days || days[0] < 0 || days[0] >= days[1] || days[1] >= days[2] || days[2] > 365)
            errors["reminderDays"] = new("Rules.ReminderDays");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        var rules = await db.Set<LendingRules>().FirstOrDefaultAsync(r => r.CommunityId == communityId, cancellationToken);
        if (rules is null) db.Set<LendingRules>().Add(rules = new LendingRules(communityId));
        rules.Change(input.LoanDays!.Value, input.MaxRenewals!.Value, input.MaxLoans!.Value, input.HoldDays!.Value,
            input.ReminderDays![0], input.ReminderDays[1], input.ReminderDays[2]);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("reading.rules", "Community", communityId.ToString(), $"loan {rules.LoanDays}d renew {rules.MaxRenewals} max {rules.MaxLoans}", cancellationToken);
        return rules;
    }

    public async Task<Loan> LendAsync(LoanRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var desk = await authorization.AllowsAsync(user, ReadingRoomPolicies.Desk);
        var copy = await CopyAsync(await ReadingRoomOfAsync(request.CommunityId, desk, user, cancellationToken), request.Barcode, cancellationToken);
        var (borrower, guardianId) = await BorrowerAsync(copy.CommunityId, request, desk, user, cancellationToken);
        if (request.LoanedOn is not null && !desk) throw new ForbiddenException();
        var loanedOn = request.LoanedOn ?? Today;
        if (loanedOn > Today || loanedOn < Today.AddYears(-1)) throw new FieldValidationException("loanedOn", "Loan.LoanedOnInvalid");

        var rules = await RulesAsync(copy.CommunityId, cancellationToken);
        // Another reader's hold: a rule over every reader's holds, which a resident's own view would not show.
        if (await db.Set<Hold>().IgnoreQueryFilters().AnyAsync(h => h.CopyId == copy.Id && h.Status == HoldStatus.Ready && h.ResidentId != borrower.Id, cancellationToken))
            throw new ConflictException("Loan.HeldForAnother");
        if (await db.Set<Loan>().CountAsync(l => l.BorrowerId == borrower.Id && l.ReturnedAt == null, cancellationToken) >= rules.MaxLoans)
            throw new ConflictException("Loan.TooMany", new Dictionary<string, object?> { ["maxLoans"] = rules.MaxLoans });

        var loan = new Loan(copy, borrower.Id, guardianId, loanedOn, loanedOn.AddDays(rules.LoanDays), user.Identity?.Name ?? "", Now);
        db.Set<Loan>().Add(loan);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The partial unique index on open loans: someone has this copy already.
            throw new ConflictException("Loan.CopyOut");
        }
        await db.Set<Hold>().Where(h => h.BookId == copy.BookId && h.ResidentId == borrower.Id && (h.Status == HoldStatus.Waiting || h.Status == HoldStatus.Ready))
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.Status, HoldStatus.Fulfilled), cancellationToken);
        await audit.RecordAsync("reading.loan", "Loan", loan.Id.ToString(), $"copy={copy.Id} borrower={borrower.Id}" + (guardianId is null ? "" : $" guardian={guardianId}"), cancellationToken);
        return loan;
    }

    /// <summary>The copy comes back; the first reader waiting for the title has it kept for them and is told.</summary>
    public async Task<Loan> ReturnAsync(int? communityId, string? barcode, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var desk = await authorization.AllowsAsync(user, ReadingRoomPolicies.Desk);
        var copy = await CopyAsync(await ReadingRoomOfAsync(communityId, desk, user, cancellationToken), barcode, cancellationToken);
        // Whoever holds the copy, so that a resident returning someone else's book is told so rather than "not out".
        var loan = await db.Set<Loan>().IgnoreQueryFilters().FirstOrDefaultAsync(l => l.CopyId == copy.Id && l.ReturnedAt == null, cancellationToken)
            ?? throw new ConflictException("Loan.NotOut");
        if (!await authorization.MayActForAsync(user, loan.BorrowerId)) throw new ConflictException("Loan.NotYours");
        var now = Now;
        if (await db.Set<Loan>().Where(l => l.Id == loan.Id && l.ReturnedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.ReturnedAt, now), cancellationToken) == 0)
            throw new ConflictException("Loan.NotOut");
        await audit.RecordAsync("reading.return", "Loan", loan.Id.ToString(), $"copy={copy.Id}", cancellationToken);
        await OfferToNextAsync(copy, cancellationToken);
        return await db.Set<Loan>().AsNoTracking().FirstAsync(l => l.Id == loan.Id, cancellationToken);
    }

    /// <summary>Another loan period from the due date (or today, when late), up to the limit, unless someone is waiting.</summary>
    public async Task<Loan> RenewAsync(int loanId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var loan = await LoanForAsync(loanId, user, cancellationToken);
        if (loan.ReturnedAt is not null) throw new ConflictException("Loan.NotOut");
        var rules = await RulesAsync(loan.CommunityId, cancellationToken);
        if (loan.Renewals >= rules.MaxRenewals) throw new ConflictException("Loan.RenewalLimit", new Dictionary<string, object?> { ["maxRenewals"] = rules.MaxRenewals });
        // Anyone waiting, not only the caller: a rule over every reader's holds.
        if (await db.Set<Hold>().IgnoreQueryFilters().AnyAsync(h => h.BookId == loan.BookId && h.Status == HoldStatus.Waiting, cancellationToken))
            throw new ConflictException("Loan.SomeoneWaiting");
        var due = (loan.DueOn > Today ? loan.DueOn : Today).AddDays(rules.LoanDays);
        var renewals = loan.Renewals;
        if (await db.Set<Loan>().Where(l => l.Id == loanId && l.Renewals == renewals && l.ReturnedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.DueOn, due).SetProperty(l => l.Renewals, renewals + 1).SetProperty(l => l.RemindersSent, 0), cancellationToken) == 0)
            throw new ConflictException("Loan.Changed");
        return await db.Set<Loan>().AsNoTracking().FirstAsync(l => l.Id == loanId, cancellationToken);
    }

    /// <summary>A reader asks to be next for a title whose copies are all out.</summary>
    public async Task<Hold> PlaceHoldAsync(int bookId, int? residentId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var desk = await authorization.AllowsAsync(user, ReadingRoomPolicies.Desk);
        var book = desk
            ? await db.Set<Book>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == bookId, cancellationToken)
            : await OwnCommunityBookAsync(bookId, user, cancellationToken);
        if (book is null) throw new NotFoundException();
        var reader = await ReaderAsync(book.CommunityId, residentId, desk, user, cancellationToken);
        var copies = db.Set<Copy>().Where(c => c.BookId == bookId && !c.Withdrawn);
        if (!await copies.AnyAsync(cancellationToken)) throw new ConflictException("Hold.NoCopies");
        if (await copies.AnyAsync(c => !OpenLoans.Any(l => l.CopyId == c.Id), cancellationToken))
            throw new ConflictException("Hold.CopyAvailable");
        if (await db.Set<Hold>().AnyAsync(h => h.BookId == bookId && h.ResidentId == reader.Id && (h.Status == HoldStatus.Waiting || h.Status == HoldStatus.Ready), cancellationToken)
            || await db.Set<Loan>().AnyAsync(l => l.BookId == bookId && l.BorrowerId == reader.Id && l.ReturnedAt == null, cancellationToken))
            throw new ConflictException("Hold.AlreadyHas");
        var hold = new Hold(book, reader.Id, Now);
        db.Set<Hold>().Add(hold);
        await db.SaveChangesAsync(cancellationToken);
        return hold;
    }

    public async Task CancelHoldAsync(int holdId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var hold = await db.Set<Hold>().AsNoTracking().FirstOrDefaultAsync(h => h.Id == holdId, cancellationToken) ?? throw new NotFoundException();
        var allowed = await authorization.MayActForAsync(user, hold.ResidentId) && await db.Set<Book>().AnyAsync(b => b.Id == hold.BookId, cancellationToken);
        if (!allowed || !hold.IsOpen) throw new NotFoundException();
        await db.Set<Hold>().Where(h => h.Id == holdId).ExecuteUpdateAsync(s => s.SetProperty(h => h.Status, HoldStatus.Cancelled), cancellationToken);
        if (hold is { Status: HoldStatus.Ready, CopyId: { } copyId })
            await OfferToNextAsync(await db.Set<Copy>().AsNoTracking().FirstAsync(c => c.Id == copyId, cancellationToken), cancellationToken);
    }

    /// <summary>Open loans of a community, overdue first; or only the overdue ones.</summary>
    public async Task<IReadOnlyList<LoanView>> OpenLoansAsync(int communityId, bool overdueOnly, CancellationToken cancellationToken)
    {
        await placement.EnsureCommunityAsync(communityId, cancellationToken);
        var today = Today;
        var loans = db.Set<Loan>().Where(l => l.CommunityId == communityId && l.ReturnedAt == null);
        if (overdueOnly) loans = loans.Where(l => l.DueOn < today);
        return await ViewsAsync(loans.OrderBy(l => l.DueOn).ThenBy(l => l.Id).Take(500), cancellationToken);
    }

    /// <summary>How many of a community's loans are past their due date, for the workbench.</summary>
    public Task<int> OverdueCountAsync(int communityId, CancellationToken cancellationToken)
    {
        var today = Today;
        return db.Set<Loan>().CountAsync(l => l.CommunityId == communityId && l.ReturnedAt == null && l.DueOn < today, cancellationToken);
    }

    /// <summary>The portal's 借阅: open loans and holds of the people a resident acts for (<see cref="SelfServiceService.PeopleAsync"/>).</summary>
    public async Task<(IReadOnlyList<LoanView> Loans, IReadOnlyList<HoldView> Holds)> MineAsync(IReadOnlyList<PersonLink> people, CancellationToken cancellationToken)
    {
        var ids = people.Select(p => p.ResidentId).ToList();
        var loans = await ViewsAsync(db.Set<Loan>().Where(l => ids.Contains(l.BorrowerId) && l.ReturnedAt == null).OrderBy(l => l.DueOn), cancellationToken);
        var holds = await db.Set<Hold>().Where(h => ids.Contains(h.ResidentId) && (h.Status == HoldStatus.Waiting || h.Status == HoldStatus.Ready))
            .Join(db.Set<Book>(), h => h.BookId, b => b.Id, (h, b) => new { h, b.Title })
            .ToListAsync(cancellationToken);
        var names = people.ToDictionary(p => p.ResidentId, p => p.Name);
        return (loans, [.. holds.Select(x => new HoldView(x.h.Id, x.h.BookId, x.Title, x.h.ResidentId, names[x.h.ResidentId], x.h.Status, x.h.ReadyUntil))]);
    }

    /// <summary>The titles of a resident's own community, for the portal's search.</summary>
    public async Task<IReadOnlyList<(int Id, string Title, string? Author, int Available)>> PortalCatalogueAsync(int communityId, string? q, CancellationToken cancellationToken)
    {
        var books = db.Set<Book>().Where(b => b.CommunityId == communityId);
        if (!string.IsNullOrWhiteSpace(q)) books = books.Where(b => b.Title.Contains(q.Trim()));
        var rows = await books.OrderBy(b => b.Title).Take(50)
            .Select(b => new
            {
                b.Id, b.Title, b.Author,
                Available = db.Set<Copy>().Count(c => c.BookId == b.Id && !c.Withdrawn && !OpenLoans.Any(l => l.CopyId == c.Id)),
            }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.Id, r.Title, r.Author, r.Available))];
    }

    private async Task<IReadOnlyList<LoanView>> ViewsAsync(IQueryable<Loan> loans, CancellationToken cancellationToken)
    {
        var today = Today;
        var rows = await loans.AsNoTracking()
            .Join(db.Set<Copy>(), l => l.CopyId, c => c.Id, (l, c) => new { l, c.Barcode })
            .Join(db.Set<Book>(), x => x.l.BookId, b => b.Id, (x, b) => new { x.l, x.Barcode, b.Title })
            .ToListAsync(cancellationToken);
        var names = await residents.NamesAsync(rows.SelectMany(r => r.l.GuardianId is { } g ? new[] { r.l.BorrowerId, g } : [r.l.BorrowerId]), cancellationToken);
        // A loan whose borrower the caller cannot see is not theirs to list.
        return [.. rows.Where(r => names.ContainsKey(r.l.BorrowerId)).Select(r => new LoanView(r.l.Id, r.l.BookId, r.Title, r.Barcode, r.l.BorrowerId, names[r.l.BorrowerId], r.l.GuardianId,
            r.l.GuardianId is { } g ? names.GetValueOrDefault(g) : null, r.l.LoanedOn, r.l.DueOn, r.l.Renewals, r.l.ReturnedAt is not null, r.l.RemindersSent,
            r.l.ReturnedAt is null && r.l.DueOn < today ? today.DayNumber - r.l.DueOn.DayNumber : 0))];
    }

    private async Task OfferToNextAsync(Copy copy, CancellationToken cancellationToken)
    {
        var rules = await RulesAsync(copy.CommunityId, cancellationToken);
        var readyUntil = Today.AddDays(rules.HoldDays);
        // The next reader in line is anyone's hold, whoever returned the copy.
        while (await db.Set<Hold>().IgnoreQueryFilters().Where(h => h.BookId == copy.BookId && h.Status == HoldStatus.Waiting)
                   .OrderBy(h => h.Id).Select(h => new { h.Id, h.ResidentId }).FirstOrDefaultAsync(cancellationToken) is { } next)
        {
            // Conditional, so two returns at once cannot hand one hold two copies.
            if (await db.Set<Hold>().IgnoreQueryFilters().Where(h => h.Id == next.Id && h.Status == HoldStatus.Waiting)
                    .ExecuteUpdateAsync(s => s.SetProperty(h => h.Status, HoldStatus.Ready).SetProperty(h => h.CopyId, copy.Id).SetProperty(h => h.ReadyUntil, readyUntil), cancellationToken) == 0)
                continue;
            var title = await db.Set<Book>().Where(b => b.Id == copy.BookId).Select(b => b.Title).FirstAsync(cancellationToken);
            await notifier.NotifyAsync(next.ResidentId, "Notify.HoldReady", [title, readyUntil.ToString("yyyy-MM-dd")], "/portal/library", cancellationToken);
            return;
        }
    }

    /// <summary>The reading room a request works in: the desk names a community in its scope; a resident uses their own.</summary>
    private async Task<int> ReadingRoomOfAsync(int? communityId, bool desk, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!desk) return (await self.OwnResidentAsync(user.UserId(), cancellationToken)).CommunityId;
        return communityId is { } named && await placement.CoversCommunityAsync(named, cancellationToken)
            ? named
            : throw new FieldValidationException("communityId", "Book.CommunityNotFound");
    }

    private async Task<Copy> CopyAsync(int communityId, string? barcode, CancellationToken cancellationToken)
    {
        var code = barcode?.Trim();
        if (string.IsNullOrEmpty(code)) throw new FieldValidationException("barcode", "Book.BarcodeRequired");
        return await db.Set<Copy>().AsNoTracking().FirstOrDefaultAsync(c => c.CommunityId == communityId && c.Barcode == code && !c.Withdrawn, cancellationToken)
            ?? throw new FieldValidationException("barcode", "Book.CopyNotFound");
    }

    /// <summary>
    /// Who borrows and under which guardian. A child (under 14, as the register's 儿童 tag) borrows under a
    /// guardian: the one named, or the child's first recorded guardian; a child without one cannot borrow.
    /// </summary>
    private async Task<(ResidentBasics Borrower, int? GuardianId)> BorrowerAsync(int communityId, LoanRequest request, bool desk, ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        var borrower = await ReaderAsync(communityId, request.BorrowerId, desk, user, cancellationToken);
        if (borrower.AgeOn(Today) >= CareTags.ChildAge) return (borrower, null);
        var guardianIds = await residents.GuardianIdsOfAsync(borrower.Id, cancellationToken);
        if (!desk)
        {
            var me = await self.OwnResidentAsync(user.UserId(), cancellationToken);
            if (guardianIds.Contains(me.Id)) return (borrower, me.Id);
        }
        if (request.GuardianId is { } named)
            return guardianIds.Contains(named) ? (borrower, named) : throw new FieldValidationException("guardianId", "Loan.NotTheirGuardian");
        return guardianIds.Count > 0 ? (borrower, guardianIds[0]) : throw new FieldValidationException("borrowerId", "Loan.ChildNeedsGuardian");
    }

    /// <summary>Staff name a living resident of the community; a resident is the reader, or acts for a child in their care.</summary>
    private async Task<ResidentBasics> ReaderAsync(int communityId, int? residentId, bool desk, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (desk)
        {
            if (residentId is null) throw new FieldValidationException("borrowerId", "Validation.Required");
            var resident = await residents.FindAsync(residentId.Value, cancellationToken);
            return resident is { Living: true } && resident.CommunityId == communityId
                ? resident
                : throw new FieldValidationException("borrowerId", "Loan.ReaderNotFound");
        }
        var me = await self.OwnResidentAsync(user.UserId(), cancellationToken);
        if (residentId is null || residentId == me.Id) return me;
        if (!await authorization.MayActForAsync(user, residentId.Value)) throw new ForbiddenException();
        return await residents.FindAsync(residentId.Value, cancellationToken) ?? throw new ForbiddenException();
    }

    private async Task<Loan> LoanForAsync(int loanId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        // The scope shows a resident their own loans only; a group leader's community scope is narrowed to theirs here.
        var loan = await db.Set<Loan>().AsNoTracking().FirstOrDefaultAsync(l => l.Id == loanId, cancellationToken);
        return loan is not null && await authorization.MayActForAsync(user, loan.BorrowerId)
            ? loan
            : throw new NotFoundException();
    }

    private async Task<Book?> OwnCommunityBookAsync(int bookId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var me = await self.OwnResidentAsync(user.UserId(), cancellationToken);
        return await db.Set<Book>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == bookId && b.CommunityId == me.CommunityId, cancellationToken);
    }
}
