using Linli.Web.Modules.Residents;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.ReadingRoom;

public sealed record NewBook(int? CommunityId, string? Title, string? Author, string? Isbn, string? Category, AgeBand? AgeBand, IReadOnlyList<string>? Barcodes);

public sealed record CopyView(int Id, string Barcode, bool OnLoan, DateOnly? DueOn);

public sealed record BookView(int Id, int CommunityId, string Title, string? Author, string? Isbn, string? Category, AgeBand AgeBand,
    IReadOnlyList<CopyView> Copies, int WaitingHolds)
{
    public int Available => Copies.Count(c => !c.OnLoan);
}

/// <summary>Why a copy leaves the shelf for good.</summary>
public enum CopyWithdrawal
{
    Lost = 1,
    Damaged = 2,
    Weeded = 3,
}

/// <summary>A community reading room's catalogue: titles and the copies on the shelf.</summary>
public sealed class CatalogueService(LinliDb db, ResidentPlacement placement, AuditLog audit, TimeProvider clock)
{
    public const int MaxBarcodeLength = 30;

    public async Task<Book> AddAsync(NewBook input, CancellationToken cancellationToken)
    {
        var errors = Check(input);
        if (input.CommunityId is not { } communityId || !await placement.CoversCommunityAsync(communityId, cancellationToken))
            errors["communityId"] = new("Book.CommunityNotFound");
        var barcodes = Barcodes(input.Barcodes, errors);
        if (errors.Count == 0 && await db.Set<Copy>().AnyAsync(c => c.CommunityId == input.CommunityId && barcodes.Contains(c.Barcode), cancellationToken))
            errors["barcodes"] = new("Book.BarcodeTaken");
        if (errors.Count > 0) throw new FieldValidationException(errors);

        var book = Build(input);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Set<Book>().Add(book);
        await db.SaveChangesAsync(cancellationToken);
        db.Set<Copy>().AddRange(barcodes.Select(b => new Copy(book, b, Now)));
        await SaveCopiesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync("reading.book.added", "Book", book.Id.ToString(), $"{barcodes.Count} copies", cancellationToken);
        return book;
    }

    public async Task<Copy> AddCopyAsync(int bookId, string? barcode, CancellationToken cancellationToken)
    {
        var book = await db.Set<Book>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == bookId, cancellationToken) ?? throw new NotFoundException();
        var errors = new Dictionary<string, FieldError>();
        var codes = Barcodes([barcode ?? ""], errors, "barcode");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        var copy = new Copy(book, codes[0], Now);
        db.Set<Copy>().Add(copy);
        await SaveCopiesAsync(cancellationToken);
        return copy;
    }

    /// <summary>
    /// Takes a copy off the shelf for good (lost, damaged, weeded): it no longer lends, counts or shows. Not while it
    /// is out or kept for a reservation; decided by one conditional update, so a loan or hold cannot slip in between.
    /// </summary>
    public async Task WithdrawCopyAsync(int communityId, string? barcode, CopyWithdrawal? reason, CancellationToken cancellationToken)
    {
        await placement.EnsureCommunityAsync(communityId, cancellationToken);
        var code = barcode?.Trim();
        if (string.IsNullOrEmpty(code)) throw new FieldValidationException("barcode", "Book.BarcodeRequired");
        if (reason is not { } why || !Enum.IsDefined(why)) throw new FieldValidationException("reason", "Validation.Invalid");
        var copy = await db.Set<Copy>().AsNoTracking().FirstOrDefaultAsync(c => c.CommunityId == communityId && c.Barcode == code && !c.Withdrawn, cancellationToken)
            ?? throw new FieldValidationException("barcode", "Book.CopyNotFound");
        var withdrawn = await db.Set<Copy>().Where(c => c.Id == copy.Id && !c.Withdrawn
                && !db.Set<Loan>().Any(l => l.CopyId == c.Id && l.ReturnedAt == null)
                && !db.Set<Hold>().Any(h => h.CopyId == c.Id && h.Status == HoldStatus.Ready))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Withdrawn, true), cancellationToken);
        if (withdrawn == 0) throw new ConflictException("Copy.InUse");
        await audit.RecordAsync("reading.copy.withdrawn", "Book", copy.BookId.ToString(), $"copy={copy.Barcode} {why}", cancellationToken);
    }

    public async Task<BookView> ViewAsync(int bookId, CancellationToken cancellationToken)
    {
        var views = await ViewsAsync(db.Set<Book>().Where(b => b.Id == bookId), cancellationToken);
        return views.Count > 0 ? views[0] : throw new NotFoundException();
    }

    /// <summary>Titles by a word of the title, the ISBN or a copy's barcode; newest first when nothing is asked.</summary>
    public async Task<IReadOnlyList<BookView>> SearchAsync(int communityId, string? q, CancellationToken cancellationToken)
    {
        await placement.EnsureCommunityAsync(communityId, cancellationToken);
        var books = db.Set<Book>().Where(b => b.CommunityId == communityId);
        q = q?.Trim();
        if (!string.IsNullOrEmpty(q))
            books = books.Where(b => b.Title.Contains(q) || b.Isbn == q || db.Set<Copy>().Any(c => c.BookId == b.Id && c.Barcode == q));
        return await ViewsAsync(books.OrderByDescending(b => b.Id).Take(100), cancellationToken);
    }

    private async Task<IReadOnlyList<BookView>> ViewsAsync(IQueryable<Book> books, CancellationToken cancellationToken)
    {
        var list = await books.AsNoTracking().ToListAsync(cancellationToken);
        var ids = list.Select(b => b.Id).ToList();
        var copies = await db.Set<Copy>().AsNoTracking().Where(c => ids.Contains(c.BookId) && !c.Withdrawn)
            .Select(c => new { c.Id, c.BookId, c.Barcode, Due = db.Set<Loan>().Where(l => l.CopyId == c.Id && l.ReturnedAt == null).Select(l => (DateOnly?)l.DueOn).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        var holds = await db.Set<Hold>().Where(h => ids.Contains(h.BookId) && h.Status == HoldStatus.Waiting)
            .GroupBy(h => h.BookId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return [.. list.Select(b => new BookView(b.Id, b.CommunityId, b.Title, b.Author, b.Isbn, b.Category, b.AgeBand,
            [.. copies.Where(c => c.BookId == b.Id).OrderBy(c => c.Barcode).Select(c => new CopyView(c.Id, c.Barcode, c.Due is not null, c.Due))],
            holds.GetValueOrDefault(b.Id)))];
    }

    /// <summary>The checks a new title passes, shared with the Excel import so both say the same.</summary>
    internal static Dictionary<string, FieldError> Check(NewBook input)
    {
        var errors = new Dictionary<string, FieldError>();
        var title = input.Title?.Trim() ?? "";
        if (title.Length is 0 or > 200) errors["title"] = new("Book.TitleRequired");
        if (input.Author is { Length: > 100 }) errors["author"] = new("Validation.MaxLength", 100);
        if (input.Category is { Length: > 30 }) errors["category"] = new("Validation.MaxLength", 30);
        if (!string.IsNullOrWhiteSpace(input.Isbn) && Isbn.Normalize(input.Isbn) is null) errors["isbn"] = new("Book.IsbnInvalid");
        if (input.AgeBand is { } band && !Enum.IsDefined(band)) errors["ageBand"] = new("Validation.Invalid");
        return errors;
    }

    internal Book Build(NewBook input) => new(input.CommunityId!.Value, input.Title!.Trim(), FieldChecks.OrNull(input.Author), Isbn.Normalize(input.Isbn), FieldChecks.OrNull(input.Category),
        input.AgeBand ?? AgeBand.Adult, Now);

    internal static List<string> Barcodes(IReadOnlyList<string>? input, Dictionary<string, FieldError> errors, string field = "barcodes")
    {
        var codes = (input ?? []).Select(b => b.Trim()).Where(b => b.Length > 0).ToList();
        if (codes.Count == 0) errors[field] = new("Book.BarcodeRequired");
        else if (codes.Any(b => b.Length > MaxBarcodeLength)) errors[field] = new("Validation.MaxLength", MaxBarcodeLength);
        else if (codes.Distinct(StringComparer.Ordinal).Count() != codes.Count) errors[field] = new("Book.BarcodeTwice");
        return codes;
    }

    /// <summary>The unique (community, barcode) index is the last word on a barcode already in use.</summary>
    private async Task SaveCopiesAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new FieldValidationException("barcode", "Book.BarcodeTaken");
        }
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
